<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/busy.py" line="+16"/>
        <source>Loading</source>
        <translation>Memuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/dashboard.py" line="+59"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Villages</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Loading data…</source>
        <extracomment>The periods of the charts: (key, English source in the visit list&apos;s context). Open a village (its id) — a bar of the chart. Show the visit list for a period key of the visit list (a tile).</extracomment>
        <translation>Memuat data…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the charts…</source>
        <translation>Memuat grafik…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts and villages</source>
        <translation>Grafik dan desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charts</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Villages</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Planned visits done this month</source>
        <translation>Jadwal bulan ini yang terlaksana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages overdue</source>
        <translation>Desa terlambat dikunjungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average completeness</source>
        <translation>Rata-rata kelengkapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings</source>
        <translation>Temuan kepatuhan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Charts &amp;period:</source>
        <translation>&amp;Periode grafik:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts period</source>
        <translation>Periode grafik</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Village or code</source>
        <translation>Desa atau kode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search villages</source>
        <translation>Cari desa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;all villages</source>
        <translation>Tampilkan &amp;semua desa</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+4"/>
        <source>Completeness</source>
        <translation>Kelengkapan</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+2"/>
        <source>Completeness at each village&apos;s last visit</source>
        <translation>Kelengkapan pada kunjungan terakhir tiap desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a bar to open the village</source>
        <translation>Klik batang untuk membuka desanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Average completeness by month</source>
        <translation>Rata-rata kelengkapan per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Schedule coverage by month</source>
        <translation>Cakupan jadwal per bulan</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terlaksana</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>updating…</source>
        <translation>memperbarui…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data yet.</source>
        <translation>Belum ada data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No PERUT data in this data folder yet</source>
        <translation>Belum ada data PERUT di folder data ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this installation first: the office&apos;s master copy, a field laptop or the demo.</source>
        <translation>Siapkan instalasi ini terlebih dahulu: salinan master kantor, laptop lapangan, atau demo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dashboard — Kecamatan {name}</source>
        <translation>Dasbor — Kecamatan {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{done} of {planned}</source>
        <translation>{done} dari {planned}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} visits made this month</source>
        <translation>{n} kunjungan dilakukan bulan ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned visit passed, none made</source>
        <translation>jadwal lewat, belum dikunjungi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} past their due date</source>
        <translation>{n} melewati tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of each village&apos;s last visit</source>
        <translation>kunjungan terakhir tiap desa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{violations} violations · {warnings} warnings · {notes} notes</source>
        <translation>{violations} pelanggaran · {warnings} peringatan · {notes} informasi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No visits yet</source>
        <translation>Belum ada kunjungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The charts appear here once the first visits are recorded on this computer or arrive in a bundle.</source>
        <translation>Grafik muncul di sini setelah kunjungan pertama dicatat di komputer ini atau diterima lewat bundel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meanwhile the Villages tab lists every village, and the schedule shows what is planned.</source>
        <translation>Sementara itu tab Desa memuat semua desa, dan jadwal menunjukkan rencana kunjungan.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Overdue villages</source>
        <translation>Desa terlambat dikunjungi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Villages with open follow-ups</source>
        <translation>Desa dengan tindak lanjut terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages with compliance findings</source>
        <translation>Desa dengan temuan kepatuhan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {shown} of {total}</source>
        <translation>{what}: {shown} dari {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{shown} of {total} villages</source>
        <translation>{shown} dari {total} desa</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Villages: {villages} · Visits: {visits}</source>
        <translation>Desa: {villages} · Kunjungan: {visits}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/first_run.py" line="+58"/>
        <source>Welcome to PERUT</source>
        <extracomment>The data folder to open (the demo&apos;s own folder for the demo). Emitted when a choice failed (the message is shown in the dialog).</extracomment>
        <translation>Selamat datang di PERUT</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no PERUT data in {folder} yet. What is this computer for?</source>
        <translation>Belum ada data PERUT di {folder}. Komputer ini dipakai untuk apa?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up the kecamatan master copy</source>
        <translation>Siapkan salinan master kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the kecamatan office: the villages, the checklist and the first staff member.</source>
        <translation>Di kantor kecamatan: daftar desa, daftar periksa, dan petugas pertama.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join as a field laptop</source>
        <translation>Bergabung sebagai laptop lapangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the enrolment file the office made for this laptop.</source>
        <translation>Dengan berkas pendaftaran yang dibuat kantor untuk laptop ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Coba demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example visits of Kecamatan Awayan in a separate folder, marked DEMO.</source>
        <translation>Contoh kunjungan Kecamatan Awayan di folder tersendiri, bertanda DEMO.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Empty: the villages of Kecamatan Awayan</source>
        <translation>Kosong: desa-desa Kecamatan Awayan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a village list</source>
        <translation>Pilih daftar desa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May sign as (or for) the Camat</source>
        <translation>Boleh menandatangani sebagai (atau atas nama) Camat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kecamatan:</source>
        <translation>Kecamatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village list (CSV):</source>
        <translation>Daftar desa (CSV):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First staff member:</source>
        <translation>Petugas pertama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the master copy</source>
        <translation>Buat salinan master</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kecamatan master copy</source>
        <translation>Salinan master kecamatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the enrolment file the office made for this laptop, and the folder (a USB stick) where the laptop&apos;s first bundle for the office is written.</source>
        <translation>Pilih berkas pendaftaran yang dibuat kantor untuk laptop ini, dan folder (flashdisk) tempat bundel pertama laptop untuk kantor ditulis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file chosen.</source>
        <translation>Belum ada berkas yang dipilih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolment file…</source>
        <translation>Berkas pendaftaran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the enrolment file</source>
        <translation>Pilih berkas pendaftaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No folder chosen.</source>
        <translation>Belum ada folder yang dipilih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the bundle…</source>
        <translation>Folder untuk bundel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder for the bundle</source>
        <translation>Pilih folder untuk bundel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A field laptop</source>
        <translation>Laptop lapangan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read this code aloud to the office:</source>
        <translation>Bacakan kode ini kepada petugas kantor:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirmation code</source>
        <translation>Kode konfirmasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open PERUT</source>
        <translation>Buka PERUT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has joined</source>
        <translation>Laptop ini sudah bergabung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Village list</source>
        <translation>Daftar desa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setting up the master copy</source>
        <translation>Menyiapkan salinan master</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolment file</source>
        <translation>Berkas pendaftaran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolment files (*.json *.perut-enrol);;All files (*)</source>
        <translation>Berkas pendaftaran (*.json *.perut-enrol);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the laptop&apos;s first bundle</source>
        <translation>Folder untuk bundel pertama laptop</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joining as a field laptop</source>
        <translation>Bergabung sebagai laptop lapangan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Laptop {device} of Kecamatan {kecamatan} for {officer}. Its first bundle is in {bundle}: take it to the office. When the office has imported it, it sends its answer; import that with File → Receive bundle.</source>
        <translation>Laptop {device} Kecamatan {kecamatan} untuk {officer}. Bundel pertamanya ada di {bundle}: bawa ke kantor. Setelah kantor mengimpornya, kantor mengirim jawaban; impor jawaban itu dengan Berkas → Terima bundel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Making the demo</source>
        <translation>Membuat demo</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <location filename="../../perut_desktop/ui/hints.py" line="+14"/>
        <source>See the list of villages.</source>
        <translation>Lihat daftar desa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the list of visits.</source>
        <translation>Lihat daftar kunjungan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the list of field officers.</source>
        <translation>Lihat daftar pendamping.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the list of office staff.</source>
        <translation>Lihat daftar petugas kecamatan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the list of devices.</source>
        <translation>Lihat daftar perangkat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the list of conflicts.</source>
        <translation>Lihat daftar konflik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the acting staff member first.</source>
        <translation>Pilih dahulu petugas yang bertindak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the device the bundle is for.</source>
        <translation>Pilih perangkat tujuan bundel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this installation first: the office&apos;s master copy, a field laptop or the demo.</source>
        <translation>Siapkan dahulu instalasi ini: replika master kantor kecamatan, laptop pendamping, atau data contoh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another data folder.</source>
        <translation>Pilih folder data lain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose to replace the data that is there (it is backed up first).</source>
        <translation>Pilih untuk mengganti data yang ada (data itu dicadangkan dahulu).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a village list file of your own.</source>
        <translation>Berikan berkas daftar desa sendiri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the Camat&apos;s name and NIP in the letterhead settings.</source>
        <translation>Isi nama dan NIP Camat pada pengaturan kop surat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive it as a bundle instead.</source>
        <translation>Terima berkas itu sebagai bundel sinkronisasi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation>Masukkan kata sandi cadangan itu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup that holds the device&apos;s keys, with its passphrase.</source>
        <translation>Pulihkan cadangan yang berisi kunci perangkat, dengan kata sandinya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another place to save the file.</source>
        <translation>Pilih tempat lain untuk menyimpan berkas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the start and end dates of the period.</source>
        <translation>Periksa tanggal awal dan akhir periode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the sheet layout of the Excel recap PERUT makes.</source>
        <translation>Gunakan susunan lembar rekap Excel buatan PERUT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the confirmation code the laptop shows, in the list of devices waiting for confirmation.</source>
        <translation>Ketik kode konfirmasi yang tampil di laptop itu, pada daftar perangkat yang menunggu konfirmasi.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../perut_desktop/ui/labels.py" line="+20"/>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Lapangan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Diajukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not sent</source>
        <translation>Belum dikirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the office</source>
        <translation>Di kantor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Present, complete</source>
        <translation>Ada, lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present, incomplete or not up to date</source>
        <translation>Ada, belum lengkap/tidak mutakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not checked</source>
        <translation>Belum diperiksa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camat</source>
        <translation>Camat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acting Camat (Plt.)</source>
        <translation>Plt. Camat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On behalf of the Camat (a.n.)</source>
        <translation>a.n. Camat</translation>
    </message>
</context>
<context>
    <name>NewVisitDialog</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/new_visit.py" line="+41"/>
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Village:</source>
        <translation>&amp;Desa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Officer:</source>
        <translation>&amp;Pendamping:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a visit after it has taken place: the date cannot be in the future.</source>
        <translation>Kunjungan dicatat setelah dilaksanakan: tanggalnya tidak boleh di masa depan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Create visit</source>
        <translation>Buat kunjungan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading villages and officers</source>
        <translation>Memuat desa dan pendamping</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Creating the visit</source>
        <translation>Membuat kunjungan</translation>
    </message>
</context>
<context>
    <name>NipField</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/nip_field.py" line="+14"/>
        <source>18 digits, may be empty</source>
        <translation>18 angka, boleh kosong</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/base.py" line="+78"/>
        <source>Loading “{page}”</source>
        <extracomment>The replicated tables whose change makes this page out of date. Emitted after fresh data is shown.</extracomment>
        <translation>Memuat “{page}”</translation>
    </message>
</context>
<context>
    <name>PeopleForms</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/people_forms.py" line="+56"/>
        <source>Officer</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit officer</source>
        <translation>Ubah pendamping</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+34"/>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Villages:</source>
        <translation>&amp;Desa dampingan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (gets visits planned)</source>
        <translation>Aktif (mendapat jadwal kunjungan)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Staff member</source>
        <translation>Petugas kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit staff member</source>
        <translation>Ubah petugas kecamatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>J&amp;udul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May sign on behalf of the Camat (a.n.)</source>
        <translation>Boleh menandatangani atas nama Camat (a.n.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acting Camat from</source>
        <translation>Plt. Camat sejak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acting Camat (Plt.) &amp;from:</source>
        <translation>Plt. Camat &amp;sejak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acting Camat until</source>
        <translation>Plt. Camat sampai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… &amp;until:</source>
        <translation>… &amp;sampai:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: keep as it is</source>
        <translation>kosong: tidak diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;PIN:</source>
        <translation>&amp;PIN baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the PIN</source>
        <translation>Hapus PIN</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/people.py" line="+24"/>
        <source>Officers &amp; staff</source>
        <translation>Petugas &amp; Staf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add &amp;officer…</source>
        <extracomment>A person was saved (their id).</extracomment>
        <translation>Tambah &amp;pendamping…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit officer…</source>
        <translation>&amp;Ubah pendamping…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Officer</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Villages</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Officers</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;staff member…</source>
        <translation>Tambah petugas &amp;kecamatan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit staff &amp;member…</source>
        <translation>Ubah petugas ke&amp;camatan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff member</source>
        <translation>Petugas kecamatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May sign</source>
        <translation>Boleh menandatangani</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Petugas kecamatan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Camat</source>
        <translation>Camat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plt. Camat {start} – {end}</source>
        <translation>Plt. Camat {start} – {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a.n. Camat</source>
        <translation>a.n. Camat</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <source>Saving the officer</source>
        <translation>Menyimpan pendamping</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Saving the staff member</source>
        <translation>Menyimpan petugas kecamatan</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../perut_desktop/ui/prompts.py" line="+43"/>
        <source>Acting staff member</source>
        <translation>Petugas yang bertindak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is using PERUT now? Every action is recorded in their name.</source>
        <translation>Siapa yang memakai PERUT sekarang? Setiap tindakan dicatat atas namanya.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../perut_desktop/ui/i18n.py" line="+35"/>
        <source>OK</source>
        <extracomment>Languages the GUI offers, by code; Indonesian is the default (the users&apos; language). Dates in tables follow Indonesian custom in every UI language (&quot;12 Nov 2026&quot;).</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../perut_desktop/ui/models/queue_table.py" line="+30"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit date</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting since</source>
        <translation>Menunggu sejak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days waiting</source>
        <translation>Lama menunggu (hari)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/review.py" line="+38"/>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+8"/>
        <source>Visits waiting for the office</source>
        <extracomment>A visit to open for review (its id). How many visits wait (the navigation&apos;s badge). Visits approved together (their number).</extracomment>
        <translation>Kunjungan yang menunggu kantor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Village, officer or status</source>
        <translation>Desa, pendamping atau status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve selected…</source>
        <translation>&amp;Setujui yang dipilih…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the selected verified visits together</source>
        <translation>Setujui sekaligus kunjungan terverifikasi yang dipilih</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing is waiting for the office</source>
        <translation>Tidak ada yang menunggu kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits appear here when a laptop&apos;s bundle brings a submitted report, and stay until they are approved or returned.</source>
        <translation>Kunjungan muncul di sini ketika bundel dari laptop membawa laporan yang diajukan, dan tetap di sini sampai disetujui atau dikembalikan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the acting staff member to approve.</source>
        <translation>Pilih petugas yang bertindak untuk menyetujui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} may sign as: {titles}</source>
        <translation>{name} boleh menandatangani sebagai: {titles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} may not sign approvals.</source>
        <translation>{name} tidak boleh menandatangani persetujuan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{shown} of {total} waiting · submitted: {submitted} · verified: {verified}</source>
        <translation>{shown} dari {total} menunggu · diajukan: {submitted} · diverifikasi: {verified}</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>Approve visits</source>
        <translation>Setujui kunjungan</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sign as:</source>
        <translation>Tanda tangan sebagai:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• {village}, {date} ({officer})</source>
        <translation>• {village}, {date} ({officer})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve these {n} visits, signed by {name} as {title}?</source>
        <translation>Setujui {n} kunjungan ini, ditandatangani oleh {name} sebagai {title}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN of {name}:</source>
        <translation>PIN {name}:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approving visits</source>
        <translation>Menyetujui kunjungan</translation>
    </message>
</context>
<context>
    <name>ScheduleGridModel</name>
    <message>
        <location filename="../../perut_desktop/ui/models/schedule_grid.py" line="+30"/>
        <source>Draft</source>
        <extracomment>Light backgrounds, one per state; the text says the state as well. A status in a narrow cell.</extracomment>
        <translation>Draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subm.</source>
        <translation>Ajuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verif.</source>
        <translation>Verif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ret.</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{village}: planned {date}, {officer}</source>
        <translation>{village}: rencana {date}, {officer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>visited: {status}</source>
        <translation>dikunjungi: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue: no visit yet this month</source>
        <translation>terlambat: belum ada kunjungan bulan ini</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/schedule.py" line="+42"/>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Visit schedule</source>
        <extracomment>A visit to open (its id). A visit was created from a cell (its id).</extracomment>
        <translation>Jadwal pendampingan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Schedule of the year</source>
        <translation>Jadwal setahun</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ visited (alone: approved; the colour is the status) · ! overdue · bold: this month</source>
        <translation>✓ sudah dikunjungi (✓ saja: disetujui; warna menunjukkan status) · ! terlambat · tebal: bulan ini</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+37"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Search villages</source>
        <translation>Cari desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Create visit</source>
        <translation>&amp;Buat kunjungan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open visit</source>
        <translation>B&amp;uka kunjungan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate the year&apos;s plan</source>
        <translation>Susun &amp;jadwal setahun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change o&amp;fficer…</source>
        <translation>Ganti &amp;pendamping…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to month…</source>
        <translation>&amp;Pindah bulan…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Office:</source>
        <translation>Kantor:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Officer</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue and coming visits</source>
        <translation>Kunjungan terlambat dan mendatang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue visits</source>
        <translation>Kunjungan terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming visits</source>
        <translation>Kunjungan mendatang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next 30 days</source>
        <translation>30 hari ke depan</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Overdue ({n})</source>
        <translation>Terlambat ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next 30 days ({n})</source>
        <translation>30 hari ke depan ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}: {done} of {planned} planned visits done</source>
        <translation>{year}: {done} dari {planned} jadwal terlaksana</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Create visit</source>
        <translation>Buat kunjungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{village} is not one of this laptop&apos;s villages; the office plans it for another officer.</source>
        <translation>{village} bukan desa dampingan laptop ini; kantor menjadwalkannya untuk pendamping lain.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the visit</source>
        <translation>Membuat kunjungan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the plan</source>
        <translation>Menyusun jadwal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} planned visits added</source>
        <translation>{n} jadwal kunjungan ditambahkan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change officer</source>
        <translation>Ganti pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer for {village} in {month}:</source>
        <translation>Pendamping untuk {village} pada {month}:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changing the officer</source>
        <translation>Mengganti pendamping</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move to month</source>
        <translation>Pindah bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the visit to {village} to:</source>
        <translation>Pindahkan kunjungan ke {village} ke bulan:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Moving the visit</source>
        <translation>Memindahkan kunjungan</translation>
    </message>
</context>
<context>
    <name>SearchableTable</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/searchable_table.py" line="+36"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in {name}</source>
        <translation>Cari di {name}</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../perut_desktop/ui/shell.py" line="+56"/>
        <source>PERUT — Pendampingan Rutin</source>
        <translation>PERUT — Pendampingan Rutin</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pages</source>
        <extracomment>The pages that work, in the order of the navigation list (DESIGN: Dasbor, Kunjungan, Verifikasi, Jadwal, Desa, Petugas &amp; Staf, Sinkronisasi, Laporan, Pengaturan). The status bar has its data (role, person, bundles). A visit was opened read-only (its dialog).</extracomment>
        <translation>Halaman</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>{page} ({n})</source>
        <translation>{page} ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} visits waiting for the office</source>
        <translation>{n} kunjungan menunggu kantor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting the visits waiting</source>
        <translation>Menghitung kunjungan yang menunggu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New visit…</source>
        <translation>Kunjungan &amp;baru…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Receive bundle…</source>
        <translation>&amp;Terima bundel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change acting staff member…</source>
        <translation>&amp;Ganti petugas yang bertindak…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;load</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PERUT</source>
        <translation>&amp;Tentang PERUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Role: {role}</source>
        <translation>Peran: {role}</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Acting staff member</source>
        <translation>Petugas yang bertindak</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading the status</source>
        <translation>Memuat status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{title} — Kecamatan {name}</source>
        <translation>{title} — Kecamatan {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} — DEMO</source>
        <translation>{title} — DEMO</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Officer: {name}</source>
        <translation>Pendamping: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sent: {sent} · Last received: {received}</source>
        <translation>Terakhir kirim: {sent} · Terakhir terima: {received}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet sent: {n} changes</source>
        <translation>Belum dikirim: {n} perubahan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Waiting for the office&apos;s first bundle</source>
        <translation>Menunggu bundel pertama dari kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop has joined, but the office&apos;s data has not arrived yet.</source>
        <translation>Laptop ini sudah bergabung, tetapi data dari kantor belum diterima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the laptop&apos;s first bundle to the office. When the office sends its answer, choose File → Receive bundle and pick that file.</source>
        <translation>Bawa bundel pertama laptop ke kantor. Setelah kantor mengirim jawabannya, pilih Berkas → Terima bundel lalu pilih berkas itu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changing the acting staff member</source>
        <translation>Mengganti petugas yang bertindak</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Acting: {name}</source>
        <translation>Bertindak: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acting: nobody chosen</source>
        <translation>Bertindak: belum dipilih</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Receive bundle</source>
        <translation>Terima bundel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PERUT bundles (*.perut)</source>
        <translation>Bundel PERUT (*.perut)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receiving a bundle</source>
        <translation>Menerima bundel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle was received before; nothing changed.</source>
        <translation>Bundel ini sudah diterima sebelumnya; tidak ada yang berubah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle received: {applied} of {received} records applied, {conflicts} new conflicts.</source>
        <translation>Bundel diterima: {applied} dari {received} catatan diterapkan, {conflicts} konflik baru.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About PERUT</source>
        <translation>Tentang PERUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;PERUT Desktop {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;PERUT Desktop {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine village-administration visits (Pendampingan Rutin) of Kantor Kecamatan Awayan. Works offline: laptops and the office exchange sync bundles.</source>
        <translation>Pendampingan Rutin administrasi desa Kantor Kecamatan Awayan. Bekerja tanpa internet: laptop dan kantor bertukar bundel sinkronisasi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Work is still running</source>
        <translation>Pekerjaan masih berjalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PERUT is still working (saving or loading). Close anyway? Work that has not finished is not saved.</source>
        <translation>PERUT masih bekerja (menyimpan atau memuat). Tetap tutup? Pekerjaan yang belum selesai tidak tersimpan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close anyway</source>
        <translation>Tetap tutup</translation>
    </message>
</context>
<context>
    <name>TableCopy</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/table_copy.py" line="+49"/>
        <source>Cop&amp;y to clipboard</source>
        <translation>Sali&amp;n ke papan klip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected rows (or all rows shown) as a table to paste into Excel</source>
        <translation>Salin baris yang dipilih (atau semua baris yang tampil) sebagai tabel untuk ditempel ke Excel</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../perut_desktop/ui/tasks.py" line="+285"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unexpected error: {error}. The details were written to the log.</source>
        <translation>Kesalahan tak terduga: {error}. Rinciannya dicatat dalam log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{task}” could not be finished.</source>
        <translation>“{task}” tidak dapat diselesaikan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PERUT — error</source>
        <translation>PERUT — kesalahan</translation>
    </message>
</context>
<context>
    <name>VillageRecords</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/village_records.py" line="+28"/>
        <source>Village government</source>
        <translation>Pemerintah desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPD</source>
        <translation>BPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village institution (LKD)</source>
        <translation>Lembaga kemasyarakatan desa (LKD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village regulation (Perdes)</source>
        <translation>Peraturan Desa (Perdes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village head regulation (Perkades)</source>
        <translation>Peraturan Kepala Desa (Perkades)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint regulation (Peraturan Bersama)</source>
        <translation>Peraturan Bersama Kepala Desa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed with the BPD</source>
        <translation>Disepakati bersama BPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed to the Kepala Desa</source>
        <translation>Diserahkan kepada Kepala Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enacted (signed)</source>
        <translation>Ditetapkan (ditandatangani)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promulgated</source>
        <translation>Diundangkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the Bupati</source>
        <translation>Dikirim ke Bupati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft sent for evaluation</source>
        <translation>Rancangan diajukan untuk dievaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation returned</source>
        <translation>Hasil evaluasi diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected after evaluation</source>
        <translation>Diperbaiki setelah evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulted with the community</source>
        <translation>Dikonsultasikan kepada masyarakat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>known</source>
        <translation>diketahui</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Village official</source>
        <translation>Aparatur desa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit village official</source>
        <translation>Ubah aparatur desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>&amp;Unsur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Gender:</source>
        <translation>Jenis &amp;kelamin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term &amp;start:</source>
        <translation>&amp;Mulai menjabat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term &amp;end:</source>
        <translation>&amp;Akhir jabatan:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Regulation</source>
        <translation>Peraturan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit regulation</source>
        <translation>Ubah peraturan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umber:</source>
        <translation>N&amp;omor:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>J&amp;udul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;opic:</source>
        <translation>To&amp;pik:</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <location filename="../../perut_desktop/ui/models/village_table.py" line="+22"/>
        <source>Village code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last status</source>
        <translation>Status terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last score</source>
        <translation>Skor terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/villages.py" line="+40"/>
        <location line="+31"/>
        <location line="+114"/>
        <location line="+68"/>
        <source>Villages</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>&amp;Open village</source>
        <extracomment>A visit to open (its id). A village&apos;s page was shown with fresh data (its id). A document was written (its path).</extracomment>
        <translation>&amp;Buka desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <location line="+100"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+81"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Classification</source>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last visit</source>
        <translation>Kunjungan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+84"/>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>← &amp;All villages</source>
        <translation>← &amp;Semua desa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print blank &amp;checklist…</source>
        <translation>Cetak &amp;daftar periksa kosong…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;attendance sheet…</source>
        <translation>Cetak daftar &amp;hadir…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Official code:</source>
        <translation>Kode resmi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification:</source>
        <translation>Klasifikasi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOTK (urusan / seksi):</source>
        <translation>SOTK (urusan / seksi):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepala Desa:</source>
        <translation>Kepala Desa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inaugurated on:</source>
        <translation>Dilantik pada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term ends on:</source>
        <translation>Masa jabatan berakhir:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End &amp;term…</source>
        <translation>Akhiri &amp;jabatan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>L/P</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term start</source>
        <translation>Mulai menjabat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term end</source>
        <translation>Akhir jabatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Officials</source>
        <translation>Aparatur</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Add &amp;regulation…</source>
        <translation>Tambah &amp;peraturan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit re&amp;gulation…</source>
        <translation>Ubah pe&amp;raturan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed with BPD</source>
        <translation>Disepakati BPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enacted</source>
        <translation>Ditetapkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promulgated</source>
        <translation>Diundangkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent to the Bupati</source>
        <translation>Dikirim ke Bupati</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Regulations</source>
        <translation>Peraturan</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal source</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule version</source>
        <translation>Versi aturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings</source>
        <translation>Temuan kepatuhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Officer</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit history</source>
        <translation>Riwayat kunjungan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visits</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Village {name}</source>
        <translation>Desa {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Desa {name} ({code})</source>
        <translation>Desa {name} ({code})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>term {n}</source>
        <translation>periode ke-{n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The village&apos;s name and code are kept by the office (this master copy).</source>
        <translation>Nama dan kode desa dikelola kantor kecamatan (salinan master ini).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only here: the village&apos;s name and official code are set by the kecamatan office and reach this laptop in its bundles. Officials, regulations and the profile may be recorded on this laptop.</source>
        <translation>Hanya dapat dibaca di sini: nama dan kode resmi desa ditetapkan kantor kecamatan dan sampai ke laptop ini lewat bundel. Aparatur, peraturan dan profil desa boleh dicatat di laptop ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Village government</source>
        <translation>Pemerintah desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Former</source>
        <translation>Mantan</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Score of the last twelve visits</source>
        <translation>Skor dua belas kunjungan terakhir</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+17"/>
        <source>Saving the official</source>
        <translation>Menyimpan aparatur</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>End term</source>
        <translation>Akhiri jabatan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>End the term of {name} ({position}) today, {date}? They stay in the list as former.</source>
        <translation>Akhiri masa jabatan {name} ({position}) hari ini, {date}? Namanya tetap di daftar sebagai mantan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ending the term</source>
        <translation>Mengakhiri masa jabatan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove official</source>
        <translation>Hapus aparatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} ({position}) from the list? To keep them as a former official, end the term instead.</source>
        <translation>Hapus {name} ({position}) dari daftar? Untuk menyimpannya sebagai mantan aparatur, akhiri masa jabatannya saja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removing the official</source>
        <translation>Menghapus aparatur</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>Saving the regulation</source>
        <translation>Menyimpan peraturan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the PDF</source>
        <translation>Menulis PDF</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <location filename="../../perut_desktop/ui/models/visit_table.py" line="+40"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
</context>
<context>
    <name>VisitViewDialog</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/visit_view.py" line="+38"/>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village:</source>
        <translation>Desa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer:</source>
        <translation>Pendamping:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score:</source>
        <translation>Skor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendance:</source>
        <translation>Kehadiran:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups:</source>
        <translation>Tindak lanjut:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: editing a visit comes with the visit editor.</source>
        <translation>Hanya baca: kunjungan diubah di penyunting kunjungan, yang menyusul.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book</source>
        <translation>Buku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Books checked</source>
        <translation>Buku yang diperiksa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the visit</source>
        <translation>Memuat kunjungan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visit to {village}, {date}</source>
        <translation>Kunjungan ke {village}, {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{present} of {expected} present</source>
        <translation>{present} dari {expected} hadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} made, {open} open</source>
        <translation>{total} dibuat, {open} terbuka</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/visits.py" line="+35"/>
        <location line="+21"/>
        <source>Visits</source>
        <extracomment>A visit to open (its id): the shell opens it read-only until the editor comes.</extracomment>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location filename="../../perut_desktop/ui/pages/periods.py" line="+13"/>
        <source>All time</source>
        <extracomment>Periods offered by the filter: (key, English source).</extracomment>
        <translation>Semua waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>3 bulan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <location filename="../../perut_desktop/ui/pages/visits.py" line="+31"/>
        <source>Village, code or officer</source>
        <translation>Desa, kode, atau pendamping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New visit</source>
        <translation>Kunjungan &amp;baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit</source>
        <translation>Kunjungan baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Hapus draf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>&amp;Village:</source>
        <translation>&amp;Desa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;fficer:</source>
        <translation>Pe&amp;ndamping:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All villages</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All officers</source>
        <translation>Semua pendamping</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{shown} of {total} visits</source>
        <translation>{shown} dari {total} kunjungan</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Delete the draft visit to {village} on {date}? Its checklist, attendance and notes are deleted with it.</source>
        <translation>Hapus draf kunjungan ke {village} tanggal {date}? Daftar periksa, daftar hadir, dan catatannya ikut terhapus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting the draft</source>
        <translation>Menghapus draf</translation>
    </message>
</context>
</TS>
