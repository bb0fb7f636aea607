<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/about.py" line="+31"/>
        <location filename="../../perut_desktop/ui/shell.py" line="+110"/>
        <source>About</source>
        <translation>Tentang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About PERUT</source>
        <translation>Tentang PERUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routine village-administration visits (Pendampingan Rutin) of Kantor Kecamatan Awayan. Works offline: laptops and the office exchange sync bundles.</source>
        <translation>Pendampingan Rutin administrasi desa Kantor Kecamatan Awayan. Bekerja tanpa internet: laptop dan kantor bertukar bundel sinkronisasi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This installation</source>
        <translation>Instalasi ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device id:</source>
        <translation>Id perangkat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database revision:</source>
        <translation>Revisi basis data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;data folder</source>
        <translation>Buka &amp;folder data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fonts of the printed documents</source>
        <translation>Huruf pada dokumen cetak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Font licence</source>
        <translation>Lisensi huruf</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>DejaVu fonts, embedded in every PDF: {files}.</source>
        <translation>Huruf DejaVu, disematkan di setiap PDF: {files}.</translation>
    </message>
</context>
<context>
    <name>AttachmentGridModel</name>
    <message>
        <location filename="../../perut_desktop/ui/models/attachment_grid.py" line="+110"/>
        <source>The file is not on this computer yet.</source>
        <extracomment>The longest side of a thumbnail, in logical pixels.</extracomment>
        <translation>Berkas ini belum ada di komputer ini.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/attachments.py" line="+142"/>
        <source>A&amp;dd photos or scans…</source>
        <extracomment>Thumbnails made per task, so that saves queued meanwhile wait for a few files at most. The file kinds the dialog offers (anything dropped is tried: the service decides). The grid has been (re)filled from the services. Every thumbnail asked for has come back.</extracomment>
        <translation>&amp;Tambah foto atau pindaian…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or drop photos and scans here. Photos are reduced to about 1600 pixels.</source>
        <translation>Atau seret foto dan pindaian ke sini. Foto diperkecil menjadi sekitar 1600 piksel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the photo or scan shows</source>
        <translation>Apa yang tampak pada foto atau pindaian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No photo or scan yet.</source>
        <translation>Belum ada foto atau pindaian.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading the attachments</source>
        <translation>Memuat lampiran</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thumbnails</source>
        <translation>Gambar kecil</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Add photos or scans</source>
        <translation>Tambah foto atau pindaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and scans ({patterns});;All files (*)</source>
        <translation>Foto dan pindaian ({patterns});;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attaching {name}…</source>
        <translation>Melampirkan {name}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>attachments ({count})</source>
        <translation>lampiran ({count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+116"/>
        <source>Saving the attachments</source>
        <translation>Menyimpan lampiran</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Attaching files</source>
        <translation>Melampirkan berkas</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>caption of {name}</source>
        <translation>keterangan {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Saving the caption</source>
        <translation>Menyimpan keterangan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not on this computer yet: it comes with the next bundle from the office.</source>
        <translation>{name} belum ada di komputer ini: berkasnya datang bersama bundel berikutnya dari kantor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the file</source>
        <translation>Membuka berkas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove attachment</source>
        <translation>Hapus lampiran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{name}” from this visit?</source>
        <translation>Hapus “{name}” dari kunjungan ini?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>removal of {name}</source>
        <translation>penghapusan {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing the attachment</source>
        <translation>Menghapus lampiran</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/attendance.py" line="+65"/>
        <source>Attendance list</source>
        <extracomment>A printed sheet was written (its path).</extracomment>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print attendan&amp;ce sheet…</source>
        <translation>&amp;Cetak daftar hadir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove person</source>
        <translation>&amp;Hapus peserta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add someone else</source>
        <translation>Tambah peserta lain</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attendance</source>
        <translation>Daftar Hadir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the attendance</source>
        <translation>Memuat daftar hadir</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody was listed on this visit.</source>
        <translation>Tidak ada yang tercatat hadir pada kunjungan ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is listed yet: add the people present below. A new visit lists the village&apos;s officials by itself once they are recorded on the Villages page.</source>
        <translation>Belum ada peserta: tambahkan yang hadir di bawah. Kunjungan baru memuat aparatur desa dengan sendirinya setelah mereka dicatat di halaman Desa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present: &lt;b&gt;{present}&lt;/b&gt; of {listed}</source>
        <translation>Hadir: &lt;b&gt;{present}&lt;/b&gt; dari {listed}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{group} {n} (M {m} · F {f})</source>
        <translation>{group} {n} (L {m} · P {f})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attendance of {name}</source>
        <translation>Kehadiran {name}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name} is on the list as an official of the village; untick them instead of removing them.</source>
        <translation>{name} tercantum sebagai aparatur desa; hapus tanda hadirnya, jangan hapus orangnya.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the attendance sheet</source>
        <translation>Simpan daftar hadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the attendance sheet</source>
        <translation>Menulis daftar hadir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add {name}</source>
        <translation>Tambah {name}</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../perut_desktop/ui/models/attendance_table.py" line="+23"/>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Unsur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M/F</source>
        <translation>L/P</translation>
    </message>
</context>
<context>
    <name>BookTableModel</name>
    <message>
        <location filename="../../perut_desktop/ui/models/book_table.py" line="+51"/>
        <source>Code</source>
        <extracomment>The statuses in the order of their columns and of the keys 1–4.</extracomment>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book</source>
        <translation>Buku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 Complete</source>
        <translation>1 Lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 Incomplete</source>
        <translation>2 Belum lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 Missing</source>
        <translation>3 Tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 N/A</source>
        <translation>4 Tdk berlaku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last entry</source>
        <translation>Entri terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous visit</source>
        <translation>Kunjungan sebelumnya</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>chosen</source>
        <translation>dipilih</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Complete</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>Tidak berlaku</translation>
    </message>
</context>
<context>
    <name>BooksTab</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/books.py" line="+119"/>
        <source>Administration books</source>
        <extracomment>The overall score changed (0..1 or None). Fresh data is shown.</extracomment>
        <translation>Buku administrasi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>G&amp;uidance</source>
        <translation>Petun&amp;juk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dd-mm-yyyy</source>
        <translation>hh-bb-tttt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the last entry</source>
        <translation>Tanggal entri terakhir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on the book</source>
        <translation>Catatan buku</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Previous visit:</source>
        <extracomment>Refused dates and notes of books no longer in hand: (field, code) → (text, message), shown again, marked, when the book is; nothing typed is dropped by moving on.</extracomment>
        <translation>Kunjungan sebelumnya:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Last entry:</source>
        <translation>&amp;Entri terakhir:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>Ca&amp;tatan:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keys 1–4 set the status of the selected book and move to the next; Tab reaches its date and notes.</source>
        <translation>Tombol 1–4 mengisi status buku yang dipilih lalu pindah ke buku berikutnya; Tab menuju tanggal dan catatannya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Books</source>
        <translation>Buku Administrasi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the books</source>
        <translation>Memuat buku administrasi</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No guidance for this book.</source>
        <translation>Tidak ada petunjuk untuk buku ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{found} (visit of {date})</source>
        <translation>{found} (kunjungan {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No earlier visit recorded this book.</source>
        <translation>Belum ada kunjungan sebelumnya yang mencatat buku ini.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Status of book {code}</source>
        <translation>Status buku {code}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“{text}” is not a date; write it as day-month-year, e.g. 3-10-2026.</source>
        <translation>“{text}” bukan tanggal; tulis hari-bulan-tahun, mis. 3-10-2026.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Last entry of book {code}</source>
        <translation>Entri terakhir buku {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes on book {code}</source>
        <translation>Catatan buku {code}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Overall: &lt;b&gt;{score}&lt;/b&gt;</source>
        <translation>Keseluruhan: &lt;b&gt;{score}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} book(s) not checked</source>
        <translation>{n} buku belum diperiksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every book checked</source>
        <translation>Semua buku sudah diperiksa</translation>
    </message>
</context>
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
    <name>ConflictView</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/conflict_view.py" line="+62"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Value in use</source>
        <translation>Nilai yang dipakai</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>Kept value</source>
        <translation>Nilai yang tersimpan</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Kept since</source>
        <translation>Tersimpan sejak</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Two edits of the same field were made apart. One value is used everywhere; the other is kept here. Restore it, or keep the value in use.</source>
        <extracomment>A conflict was restored or dismissed (its id).</extracomment>
        <translation>Dua perubahan pada kolom yang sama dibuat terpisah. Satu nilai dipakai di semua perangkat; nilai lainnya disimpan di sini. Pulihkan nilai itu, atau tetap pakai nilai sekarang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts: every field holds one value on every device.</source>
        <translation>Tidak ada konflik: setiap kolom bernilai sama di semua perangkat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore the kept value</source>
        <translation>&amp;Pulihkan nilai tersimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the kept value</source>
        <translation>Pulihkan nilai tersimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep the value in use</source>
        <translation>&amp;Abaikan (tetap pakai nilai sekarang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value in use</source>
        <translation>Abaikan (tetap pakai nilai sekarang)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Value:</source>
        <translation>Nilai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written on:</source>
        <translation>Dibuat di:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Restoring a value</source>
        <translation>Memulihkan nilai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing a conflict</source>
        <translation>Menutup konflik</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/dashboard.py" line="+60"/>
        <location filename="../../perut_desktop/ui/shell.py" line="-11"/>
        <source>Dashboard</source>
        <extracomment>The pages, in the order of the navigation list (DESIGN: Dasbor, Kunjungan, Verifikasi, Jadwal, Desa, Petugas &amp; Staf, Sinkronisasi, Laporan, Pengaturan, Tentang).</extracomment>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+185"/>
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
        <location line="+140"/>
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
        <location line="+13"/>
        <source>Villages: {villages} · Visits: {visits}</source>
        <translation>Desa: {villages} · Kunjungan: {visits}</translation>
    </message>
    <message>
        <location line="-154"/>
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
        <location line="+19"/>
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
        <location line="+53"/>
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
        <location line="+2"/>
        <source>{violations} violations · {warnings} warnings · {notes} notes</source>
        <translation>{violations} pelanggaran · {warnings} peringatan · {notes} informasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · {n} the office&apos;s own</source>
        <translation> · {n} tugas kantor sendiri</translation>
    </message>
    <message>
        <location line="+5"/>
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
</context>
<context>
    <name>EarlierFollowUpTableModel</name>
    <message>
        <location filename="../../perut_desktop/ui/models/follow_up_table.py" line="+118"/>
        <source>Task</source>
        <extracomment>The colour of an overdue follow-up&apos;s due date. Each model&apos;s own: what a cell of a row shows in a role.</extracomment>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set at visit of</source>
        <translation>Dari kunjungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (days)</source>
        <translation>Umur (hari)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Days overdue at this visit: {days}</source>
        <translation>Terlambat {days} hari pada kunjungan ini</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Progress at this visit</source>
        <translation>Perkembangan kunjungan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{date} (overdue)</source>
        <translation>{date} (terlambat)</translation>
    </message>
</context>
<context>
    <name>EditorTab</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/base.py" line="+148"/>
        <source>The change could not be saved.</source>
        <extracomment>A text field is saved this long after the last key press (or when it loses focus). The look of a field whose value the services refused (kept, with the message beside it). The tab&apos;s key in ``--page editor:KEY`` and in the editor&apos;s jump links. Each tab&apos;s own: its name on the tab, and (re)filling it from the services.</extracomment>
        <translation>Perubahan tidak dapat disimpan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/first_run.py" line="+59"/>
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
        <location line="+2"/>
        <source>Choose a village list</source>
        <translation>Pilih daftar desa</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>C&amp;hoose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;May sign as (or for) the Camat</source>
        <translation>&amp;Boleh menandatangani sebagai (atau atas nama) Camat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kecamatan:</source>
        <translation>K&amp;ecamatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Village list (CSV):</source>
        <translation>Daftar &amp;desa (CSV):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First staff member:</source>
        <translation>&amp;Petugas pertama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>&amp;Enrolment file…</source>
        <translation>&amp;Berkas pendaftaran…</translation>
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
        <source>&amp;Folder for the bundle…</source>
        <translation>&amp;Folder untuk bundel…</translation>
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
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <location line="+54"/>
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
        <location line="+18"/>
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
        <source>Laptop {device} of Kecamatan {kecamatan}, for {officer}: its first bundle is in {bundle}; take it to the office. When the office has imported it, it sends its answer; import that with File → Receive bundle.</source>
        <translation>Laptop {device} Kecamatan {kecamatan}, untuk {officer}: bundel pertamanya ada di {bundle}; bawa ke kantor. Setelah kantor mengimpornya, kantor mengirim jawaban; impor jawaban itu dengan Berkas → Terima bundel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Making the demo</source>
        <translation>Membuat demo</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Enrolment files (*.perut-enroll *.json);;All files (*)</source>
        <translation>Berkas pendaftaran (*.perut-enroll *.json);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../perut_desktop/ui/models/follow_up_table.py" line="+33"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/follow_ups.py" line="+114"/>
        <location line="+6"/>
        <source>Follow-ups from earlier visits</source>
        <extracomment>The tables this tab shows: a change to one of them by someone else reloads it. A new follow-up&apos;s due date, counted from the visit. The lists have been (re)filled from the services.</extracomment>
        <translation>Tindak lanjut dari kunjungan sebelumnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No follow-up of an earlier visit is open.</source>
        <translation>Tidak ada tindak lanjut kunjungan sebelumnya yang masih terbuka.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress at this visit</source>
        <translation>Perkembangan kunjungan ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was done, what is still missing</source>
        <translation>Apa yang sudah dikerjakan, apa yang masih kurang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on the progress</source>
        <translation>Catatan perkembangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys in the list: 1 done, 2 not done yet, 3 cancelled, 0 withdraw.</source>
        <translation>Tombol di daftar: 1 selesai, 2 belum selesai, 3 dibatalkan, 0 tarik kembali.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Progress at this visit:</source>
        <translation>&amp;Perkembangan kunjungan ini:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Follow-ups set at this visit</source>
        <translation>Tindak lanjut dari kunjungan ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the village is to do</source>
        <translation>Apa yang harus dikerjakan desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is responsible, e.g. Sekretaris Desa</source>
        <translation>Siapa penanggung jawabnya, mis. Sekretaris Desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add follow-&amp;up</source>
        <translation>&amp;Tambah tindak lanjut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;w</source>
        <translation>Ba&amp;ru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the form to set another follow-up</source>
        <translation>Kosongkan isian untuk tindak lanjut berikutnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tas&amp;k:</source>
        <translation>T&amp;ugas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Due:</source>
        <translation>Batas &amp;waktu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;sponsible:</source>
        <translation>Penanggung &amp;jawab:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loading the follow-ups</source>
        <translation>Memuat tindak lanjut</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Read only.</source>
        <translation>Hanya baca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes to the selected follow-up are saved as you leave a field.</source>
        <translation>Perubahan tindak lanjut terpilih disimpan saat isian ditinggalkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new follow-up.</source>
        <translation>Tindak lanjut baru.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>progress on “{task}”</source>
        <translation>perkembangan “{task}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Saving the progress</source>
        <translation>Menyimpan perkembangan</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>change of “{task}”</source>
        <translation>perubahan “{task}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>Saving the follow-up</source>
        <translation>Menyimpan tindak lanjut</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>new follow-up “{task}”</source>
        <translation>tindak lanjut baru “{task}”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>removal of “{task}”</source>
        <translation>penghapusan “{task}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing the follow-up</source>
        <translation>Menghapus tindak lanjut</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/header.py" line="+45"/>
        <source>&amp;Place:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Start:</source>
        <translation>&amp;Mulai:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;nd:</source>
        <translation>S&amp;elesai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summar&amp;y:</source>
        <translation>Ring&amp;kasan:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hh.mm</source>
        <translation>jj.mm</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Village:</source>
        <translation>Desa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer:</source>
        <translation>Pendamping:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score:</source>
        <translation>Skor:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Visit details</source>
        <translation>Keterangan kunjungan</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/help.py" line="+27"/>
        <source>Help — first day with PERUT</source>
        <translation>Bantuan — hari pertama dengan PERUT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide</source>
        <translation>Panduan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>en</source>
        <translation>id</translation>
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
    <message>
        <location line="+2"/>
        <source>If those changes were really recorded with the wrong date, the office can accept that device&apos;s versions up to a stated date (ask the person who looks after PERUT at the office).</source>
        <translation>Bila perubahan itu memang sudah tercatat dengan tanggal yang salah, kantor kecamatan dapat menerima versi perangkat itu sampai tanggal tertentu (minta bantuan pengelola PERUT di kantor).</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/history.py" line="+50"/>
        <source>Status history</source>
        <translation>Riwayat status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Menjadi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reviews</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed as</source>
        <translation>Ditandatangani sebagai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Status history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Riwayat status&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Reviews by the office&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pemeriksaan oleh kantor kecamatan&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the history</source>
        <translation>Memuat riwayat</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../perut_desktop/ui/labels.py" line="+31"/>
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
        <location line="+5"/>
        <source>The Bupati</source>
        <translation>Bupati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Camat, by delegation of the Bupati</source>
        <translation>Camat, atas pelimpahan Bupati</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+3"/>
        <source>Not recorded</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done yet</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Village government</source>
        <translation>Pemerintah Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPD</source>
        <translation>BPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LKD</source>
        <translation>LKD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Complete documents: report, attendance list, minutes and supporting evidence</source>
        <translation>Kelengkapan dokumen: laporan, daftar hadir, notulen dan bukti pendukung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid data: participants, schedule, topics and results match the facts</source>
        <translation>Validitas data: identitas peserta, jadwal, materi dan hasil sesuai fakta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In line with the work plan and the guidelines, including how often visits are made</source>
        <translation>Kesesuaian dengan rencana kerja dan pedoman, termasuk frekuensi pendampingan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality of the report: content, format and plain language</source>
        <translation>Kualitas laporan: isi, format dan bahasa mudah dipahami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consistent with earlier reports and their follow-ups</source>
        <translation>Konsistensi dengan laporan sebelumnya dan tindak lanjutnya</translation>
    </message>
    <message>
        <location line="+11"/>
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
    <message>
        <location line="+10"/>
        <source>kecamatan data</source>
        <translation>data kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>villages</source>
        <translation>desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>village profiles</source>
        <translation>profil desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>village officials</source>
        <translation>aparatur desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>village regulations</source>
        <translation>peraturan desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officers</source>
        <translation>pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>officer assignments</source>
        <translation>penugasan pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>devices</source>
        <translation>perangkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>office staff</source>
        <translation>petugas kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklists</source>
        <translation>daftar periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklist books</source>
        <translation>butir daftar periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule entries</source>
        <translation>jadwal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviews</source>
        <translation>verifikasi/persetujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits</source>
        <translation>kunjungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status changes</source>
        <translation>perubahan status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>book results</source>
        <translation>hasil pemeriksaan buku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance entries</source>
        <translation>daftar hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>notulen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups</source>
        <translation>tindak lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up progress</source>
        <translation>perkembangan tindak lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments</source>
        <translation>lampiran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflicts</source>
        <translation>konflik</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Term ended</source>
        <translation>Masa jabatan berakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Died in office</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resigned</source>
        <translation>Berhenti atas permintaan sendiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>Diberhentikan</translation>
    </message>
</context>
<context>
    <name>LaptopsPanel</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/laptops_panel.py" line="+41"/>
        <source>Expired: register it again</source>
        <translation>Kedaluwarsa: daftarkan ulang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked after wrong codes: register it again</source>
        <translation>Dikunci karena kode salah: daftarkan ulang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First bundle here: type the laptop&apos;s code</source>
        <translation>Bundel pertama sudah ada: ketik kode laptop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the laptop&apos;s first bundle</source>
        <translation>Menunggu bundel pertama laptop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Officer</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last received</source>
        <translation>Terakhir terima</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Laptops waiting for confirmation</source>
        <extracomment>An enrolment file was written (its path). A laptop&apos;s code was confirmed and its first bundle applied (its device id). A device was revoked, or a visit handed over.</extracomment>
        <translation>Laptop yang menunggu konfirmasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register a laptop…</source>
        <translation>&amp;Daftarkan laptop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Register a laptop</source>
        <translation>Daftarkan laptop</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Type the laptop&apos;s &amp;code…</source>
        <translation>Ketik &amp;kode laptop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the laptop&apos;s code</source>
        <translation>Ketik kode laptop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enrolment</source>
        <translation>Pendaftaran laptop</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Cabut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Revoke</source>
        <translation>Cabut</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Hand an &amp;open visit to another laptop…</source>
        <translation>A&amp;lihkan kunjungan terbuka ke laptop lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand an open visit to another laptop</source>
        <translation>Alihkan kunjungan terbuka ke laptop lain</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The laptop of which officer?</source>
        <translation>Laptop milik pendamping siapa?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the enrolment file</source>
        <translation>Folder untuk berkas pendaftaran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registering a laptop</source>
        <translation>Mendaftarkan laptop</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enrolment file for {officer}&apos;s laptop written to {path} (valid until {until}). Give it to the officer in person, not together with a bundle. The laptop then shows a code: type it here when its first bundle has been received.</source>
        <translation>Berkas pendaftaran laptop {officer} ditulis ke {path} (berlaku sampai {until}). Serahkan langsung kepada pendamping, jangan bersama bundel. Laptop itu lalu menampilkan kode: ketik kode itu di sini setelah bundel pertamanya diterima.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Confirm a laptop</source>
        <translation>Konfirmasi laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The confirmation code shown on {laptop}:</source>
        <translation>Kode konfirmasi yang tampil di {laptop}:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirming a laptop</source>
        <translation>Mengonfirmasi laptop</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no officer</source>
        <translation>tanpa pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke a laptop</source>
        <translation>Cabut laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke {laptop} of {officer}? Its bundles will be refused from now on; the next bundle to it only tells it so.</source>
        <translation>Cabut {laptop} milik {officer}? Bundel darinya akan ditolak mulai sekarang; bundel berikutnya ke laptop itu hanya memberitahukan pencabutan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoking a laptop</source>
        <translation>Mencabut laptop</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Hand a visit to another laptop</source>
        <translation>Alihkan kunjungan ke laptop lain</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Which visit?</source>
        <translation>Kunjungan yang mana?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no other active laptop.</source>
        <translation>Tidak ada laptop aktif lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To which laptop?</source>
        <translation>Ke laptop yang mana?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handing a visit over</source>
        <translation>Mengalihkan kunjungan</translation>
    </message>
</context>
<context>
    <name>LetterheadForm</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/letterhead_form.py" line="+24"/>
        <source>&amp;Regency:</source>
        <extracomment>(field of :class:`SubdistrictInfo`, label, accessible name), in the order of the form.</extracomment>
        <translation>&amp;Kabupaten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regency</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;address:</source>
        <translation>A&amp;lamat kantor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office address</source>
        <translation>Alamat kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ostal code:</source>
        <translation>Kode p&amp;os:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Kode pos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office phone</source>
        <translation>Telepon kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Surel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Office e-mail</source>
        <translation>Surel kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y of signing:</source>
        <translation>Tem&amp;pat penandatanganan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City of signing</source>
        <translation>Tempat penandatanganan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Camat&apos;s name:</source>
        <translation>Nama &amp;Camat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camat&apos;s name</source>
        <translation>Nama Camat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camat&apos;s &amp;NIP:</source>
        <translation>&amp;NIP Camat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camat&apos;s NIP</source>
        <translation>NIP Camat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Letterhead and Camat</source>
        <extracomment>A field was saved (the :class:`SubdistrictInfo` the services then hold).</extracomment>
        <translation>Kop surat dan Camat</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Printed at the top of every document and under its signature. Each field is saved when you leave it; the laptops receive it with the next bundle.</source>
        <translation>Dicetak di kepala setiap dokumen dan di bawah tanda tangannya. Setiap isian disimpan saat Anda meninggalkannya; laptop menerimanya bersama bundel berikutnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept by the office (the master copy): only the office changes the letterhead and the Camat; this laptop receives them with the office&apos;s bundles.</source>
        <translation>Dikelola kantor (salinan induk): hanya kantor yang mengubah kop surat dan data Camat; laptop ini menerimanya bersama bundel dari kantor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the letterhead</source>
        <translation>Menyimpan kop surat</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/minutes.py" line="+29"/>
        <source>&amp;Chair:</source>
        <translation>&amp;Pimpinan rapat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note-ta&amp;ker:</source>
        <translation>No&amp;tulis:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Opening:</source>
        <translation>Pemb&amp;ukaan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discussion:</source>
        <translation>Pemba&amp;hasan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deci&amp;sions:</source>
        <translation>&amp;Keputusan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;losing:</source>
        <translation>Pen&amp;utup:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+33"/>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Loading the minutes</source>
        <translation>Memuat notulen</translation>
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
        <location line="+15"/>
        <source>There are no villages yet: add them on the Villages page first.</source>
        <translation>Belum ada desa: tambahkan dulu di halaman Desa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no officer (pendamping) yet: add one on the Officers &amp; staff page first.</source>
        <translation>Belum ada pendamping: tambahkan dulu di halaman Petugas &amp; Staf.</translation>
    </message>
    <message>
        <location line="+35"/>
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
    <name>OfficeRulesPanel</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/office_rules.py" line="+53"/>
        <source>Who evaluates the draft APB Desa</source>
        <extracomment>Who evaluates the APB Desa was saved (the :class:`ApbdesEvaluation` then held). A template was published (its :class:`TemplateInfo`).</extracomment>
        <translation>Pengevaluasi rancangan APB Desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluator of the APB Desa</source>
        <translation>Pengevaluasi APB Desa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peraturan Bupati of the delegation</source>
        <translation>Peraturan Bupati tentang pelimpahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Peraturan Bupati Balangan Nomor 12 Tahun 2024</source>
        <translation>mis. Peraturan Bupati Balangan Nomor 12 Tahun 2024</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delegation in effect from</source>
        <translation>Pelimpahan berlaku mulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve the evaluator</source>
        <translation>Si&amp;mpan pengevaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the evaluator</source>
        <translation>Simpan pengevaluasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluated by:</source>
        <translation>Dievaluasi oleh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bupati&apos;s regulation:</source>
        <translation>Peraturan Bupati:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In effect from:</source>
        <translation>Berlaku mulai:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist template</source>
        <translation>Templat daftar periksa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist template to publish</source>
        <translation>Templat daftar periksa yang diterbitkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ublish for new visits…</source>
        <translation>Terbitkan &amp;untuk kunjungan baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the template for new visits</source>
        <translation>Terbitkan templat untuk kunjungan baru</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No checklist template is published yet.</source>
        <translation>Belum ada templat daftar periksa yang diterbitkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New visits use {template} ({n} books). A visit keeps the template it was started with.</source>
        <translation>Kunjungan baru memakai {template} ({n} buku). Setiap kunjungan tetap memakai templat saat ia dimulai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen by the office; it reaches this laptop with the office&apos;s bundles.</source>
        <translation>Dipilih oleh kantor; sampai ke laptop ini bersama bundel dari kantor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}, version {n}</source>
        <translation>{name}, versi {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(of {day})</source>
        <translation>(terbit {day})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saving who evaluates the APB Desa</source>
        <translation>Menyimpan pengevaluasi APB Desa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New visits already use this template.</source>
        <translation>Kunjungan baru sudah memakai templat ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish the checklist template</source>
        <translation>Terbitkan templat daftar periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visits will use {template}. Visits already started keep the template they were started with, and their answers stay as they are.</source>
        <translation>Kunjungan baru akan memakai {template}. Kunjungan yang sudah dimulai tetap memakai templatnya semula, dan isiannya tidak berubah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing the template</source>
        <translation>Menerbitkan templat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Published: new visits use it from now on.</source>
        <translation>Diterbitkan: kunjungan baru memakainya mulai sekarang.</translation>
    </message>
</context>
<context>
    <name>OfficialsDialog</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/officials.py" line="+22"/>
        <source>Added</source>
        <translation>Ditambah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changes</source>
        <translation>Yang berubah</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Village officials from Excel</source>
        <extracomment>Saved (the import&apos;s result).</extracomment>
        <translation>Aparatur desa dari Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {file}…</source>
        <translation>Membaca {file}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows of the sheet</source>
        <translation>Baris lembar kerja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes</source>
        <translation>Simpan perubahan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the officials workbook</source>
        <translation>Membaca buku kerja aparatur desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workbook could not be read.</source>
        <translation>Buku kerja tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{added} to add, {changed} to change, {same} unchanged, {refused} refused. Nothing is saved until you choose Save.</source>
        <translation>{added} ditambah, {changed} diubah, {same} tetap, {refused} ditolak. Tidak ada yang disimpan sebelum Anda memilih Simpan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the village officials</source>
        <translation>Menyimpan aparatur desa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: {added} added, {changed} changed.</source>
        <translation>Disimpan: {added} ditambah, {changed} diubah.</translation>
    </message>
</context>
<context>
    <name>OtherOutput</name>
    <message>
        <location filename="../../perut_desktop/ui/other_output.py" line="+44"/>
        <source>The file was not written</source>
        <translation>Berkas tidak ditulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save under &amp;another name…</source>
        <translation>Simpan dengan nama &amp;lain…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save under another name</source>
        <translation>Simpan dengan nama lain</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/base.py" line="+87"/>
        <source>Loading “{page}”</source>
        <extracomment>A page shown refreshes this long after the last of a run of changes. The replicated tables whose change makes this page out of date. Each page&apos;s own: its name in the navigation; reading what it shows (on the task thread, given the workspace); showing that result (on the GUI thread). Emitted after fresh data is shown.</extracomment>
        <translation>Memuat “{page}”</translation>
    </message>
</context>
<context>
    <name>PeopleForms</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/people_forms.py" line="+35"/>
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
        <location filename="../../perut_desktop/ui/shell.py" line="+6"/>
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
        <location line="+9"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="-9"/>
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
        <location line="+1"/>
        <source>No officer (pendamping) yet: add the first with Add officer…</source>
        <translation>Belum ada pendamping: tambahkan yang pertama dengan Tambah pendamping…</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>PreferencesBox</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/preferences_box.py" line="+34"/>
        <source>Language, printing and reminder</source>
        <extracomment>The paper was saved (the :class:`ReportSettings` then held). The logo was set or removed (the :class:`ReportSettings` then held).</extracomment>
        <translation>Bahasa, cetakan dan pengingat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the window</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper of the printed documents</source>
        <translation>Kertas dokumen cetak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folio (F4)</source>
        <translation>F4 (Folio)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Choose logo…</source>
        <translation>Pilih &amp;logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the letterhead logo</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move logo</source>
        <translation>&amp;Hapus logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the letterhead logo</source>
        <translation>Hapus logo kop surat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days before unsent changes are pointed out</source>
        <translation>Hari sebelum perubahan yang belum dikirim diingatkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>Ba&amp;hasa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letterhead logo:</source>
        <translation>Logo kop surat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind of unsent changes after:</source>
        <translation>&amp;Ingatkan perubahan belum terkirim setelah:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The window shows this language.</source>
        <translation>Jendela memakai bahasa ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: the window uses this language from the next time PERUT starts.</source>
        <translation>Tersimpan: jendela memakai bahasa ini mulai PERUT dibuka berikutnya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the paper size</source>
        <translation>Menyimpan ukuran kertas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Documents are printed on {paper} unless chosen otherwise on the Reports page.</source>
        <translation>Dokumen dicetak pada kertas {paper}, kecuali dipilih lain di halaman Laporan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The logo&apos;s copy is gone; documents print without it.</source>
        <translation>Salinan logo hilang; dokumen dicetak tanpa logo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Letterhead logo</source>
        <translation>Logo kop surat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the logo</source>
        <translation>Menyimpan logo</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/profile_editor.py" line="+59"/>
        <source>Classification</source>
        <extracomment>The fields edited here, in the order shown.</extracomment>
        <translation>Klasifikasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Urusan in place</source>
        <translation>Urusan yang ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seksi in place</source>
        <translation>Seksi yang ada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the Kepala Desa</source>
        <translation>Nama Kepala Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inaugurated on</source>
        <translation>Dilantik pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term number</source>
        <translation>Periode jabatan ke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An acting head (Pj.) &amp;leads the village</source>
        <translation>Desa d&amp;ipimpin Penjabat (Pj.) Kepala Desa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Classification:</source>
        <translation>Klasi&amp;fikasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOTK i&amp;n place:</source>
        <translation>SOTK &amp;yang ada:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kepala Desa:</source>
        <translation>Kepa&amp;la Desa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inaugurate&amp;d on:</source>
        <translation>Dilan&amp;tik pada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Term number:</source>
        <translation>Peri&amp;ode ke:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pj. d&amp;ecree (SK):</source>
        <translation>SK P&amp;j.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pj. dec&amp;ree dated:</source>
        <translation>Tan&amp;ggal SK Pj.:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Decree (SK) of the acting head</source>
        <translation>SK Penjabat Kepala Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the decree</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>affairs (urusan)</source>
        <translation>urusan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sections (seksi)</source>
        <translation>seksi</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../perut_desktop/ui/prompts.py" line="+64"/>
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
        <location filename="../../perut_desktop/ui/i18n.py" line="+37"/>
        <source>OK</source>
        <extracomment>Languages the GUI offers, by code; Indonesian is the default (the users&apos; language). The window&apos;s language chosen on the *Pengaturan* page (QSettings), used from the next start. Dates in tables follow Indonesian custom in every UI language (&quot;12 Nov 2026&quot;).</extracomment>
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
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Simpan</translation>
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
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/receive.py" line="+36"/>
        <source>Ready to apply</source>
        <translation>Siap diterapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received before</source>
        <translation>Sudah diterima sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the laptop&apos;s code</source>
        <translation>Menunggu kode laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changes</source>
        <translation>Yang berubah</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Receive bundles</source>
        <extracomment>The preview has loaded. The bundles were applied (:class:`ReceivedBundles`).</extracomment>
        <translation>Terima bundel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the files…</source>
        <translation>Memeriksa berkas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundles</source>
        <translation>Bundel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Apply</source>
        <translation>&amp;Terapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the laptop&apos;s &amp;code…</source>
        <translation>Ketik &amp;kode laptop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the laptop&apos;s code</source>
        <translation>Ketik kode laptop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking bundles</source>
        <translation>Memeriksa bundel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The files could not be checked.</source>
        <translation>Berkas tidak dapat diperiksa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} of {total} files can be applied: {rows} records would change, {conflicts} new conflicts.</source>
        <translation>{n} dari {total} berkas dapat diterapkan: {rows} data akan berubah, {conflicts} konflik baru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files received before change nothing.</source>
        <translation>Berkas yang sudah diterima sebelumnya tidak mengubah apa pun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused files change nothing; each is kept in the quarantine folder with its reason.</source>
        <translation>Berkas yang ditolak tidak mengubah apa pun; masing-masing disimpan di folder karantina beserta alasannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A laptop&apos;s first bundle waits until you type the code the laptop shows.</source>
        <translation>Bundel pertama laptop menunggu sampai Anda mengetik kode yang tampil di laptop itu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to apply.</source>
        <translation>Tidak ada yang perlu diterapkan.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Applying bundles</source>
        <translation>Menerapkan bundel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} files applied: {rows} records changed, {conflicts} new conflicts.</source>
        <translation>{n} berkas diterapkan: {rows} data berubah, {conflicts} konflik baru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} refused; nothing of them was applied.</source>
        <translation>{n} ditolak; tidak ada isinya yang diterapkan.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/reports.py" line="+39"/>
        <location filename="../../perut_desktop/ui/shell.py" line="+3"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No folder chosen yet.</source>
        <extracomment>Documents were written (:class:`DocumentsMade`).</extracomment>
        <translation>Belum ada folder yang dipilih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choo&amp;se the folder…</source>
        <translation>Pilih &amp;folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <location line="+40"/>
        <source>Folder for the documents</source>
        <translation>Folder untuk dokumen</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper as set</source>
        <translation>Kertas sesuai pengaturan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folio (F4)</source>
        <translation>F4 (Folio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to:</source>
        <translation>Simpan ke:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Village of the checklist</source>
        <translation>Desa untuk daftar periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the &amp;checklist</source>
        <translation>Buat &amp;daftar periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the checklist</source>
        <translation>Buat daftar periksa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blank checklist</source>
        <translation>Daftar periksa kosong</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <location line="+27"/>
        <source>Village:</source>
        <translation>Desa:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Village of the attendance sheet</source>
        <translation>Desa untuk daftar hadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date of the meeting</source>
        <translation>Tanggal pertemuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the &amp;attendance sheet</source>
        <translation>Buat daftar &amp;hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the attendance sheet</source>
        <translation>Buat daftar hadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance sheet (Daftar Hadir)</source>
        <translation>Daftar Hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the &amp;visit report</source>
        <translation>Buat &amp;laporan kunjungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the visit report</source>
        <translation>Buat laporan kunjungan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit report</source>
        <translation>Laporan Hasil Pendampingan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visit:</source>
        <translation>Kunjungan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village of the recap</source>
        <translation>Desa untuk rekap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved visits only</source>
        <translation>Hanya kunjungan yang disetujui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the &amp;Excel recap</source>
        <translation>Buat rekap &amp;Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the Excel recap</source>
        <translation>Buat rekap Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel recap</source>
        <translation>Rekap Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To:</source>
        <translation>Sampai:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recap&apos;s “Aparatur Desa” sheet, edited in Excel, read back: you see what it changes before anything is saved.</source>
        <translation>Lembar “Aparatur Desa” dari rekap, setelah diubah di Excel, dibaca kembali: Anda melihat apa yang berubah sebelum ada yang disimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Read the officials workbook…</source>
        <translation>Ba&amp;ca buku kerja aparatur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the officials workbook</source>
        <translation>Baca buku kerja aparatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village officials (Aparatur Desa)</source>
        <translation>Aparatur Desa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open fi&amp;le</source>
        <translation>B&amp;uka berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open f&amp;older</source>
        <translation>Buka f&amp;older</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>As set ({paper})</source>
        <translation>Sesuai pengaturan ({paper})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All villages</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making the checklist</source>
        <translation>Membuat daftar periksa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the attendance sheet</source>
        <translation>Membuat daftar hadir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the visit report</source>
        <translation>Membuat laporan kunjungan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making the Excel recap</source>
        <translation>Membuat rekap Excel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Documents are written into the folder above.</source>
        <translation>Dokumen ditulis ke folder di atas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: {file}</source>
        <translation>Ditulis: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: {n} files in {folder}</source>
        <translation>Ditulis: {n} berkas di {folder}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Officials workbook</source>
        <translation>Buku kerja aparatur desa</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RestorePanel</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/restore_panel.py" line="+30"/>
        <source>Restore from a backup</source>
        <extracomment>A backup was restored: (the new data folder, what the restore reports).</extracomment>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is checked first, then restored into a new, empty data folder of your choice; the data open now stays as it is. A backup with the device&apos;s keys asks for its passphrase.</source>
        <translation>Cadangan diperiksa dahulu, lalu dipulihkan ke folder data baru yang kosong pilihan Anda; data yang sedang dibuka tetap seperti semula. Cadangan yang berisi kunci perangkat meminta kata sandinya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from a file…</source>
        <translation>&amp;Pulihkan dari berkas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup file</source>
        <translation>Pulihkan dari berkas cadangan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the restored &amp;copy</source>
        <translation>Buka &amp;salinan pulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the restored copy in a window</source>
        <translation>Buka salinan pulihan di jendela</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backup to restore</source>
        <translation>Cadangan yang dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PERUT backups (*.perut-backup *.db);;All files (*)</source>
        <translation>Cadangan PERUT (*.perut-backup *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New data folder for the restored copy</source>
        <translation>Folder data baru untuk salinan pulihan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restoring {file}…</source>
        <translation>Memulihkan {file}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring a backup</source>
        <translation>Memulihkan cadangan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup passphrase</source>
        <translation>Kata sandi cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase of {file}:</source>
        <translation>Kata sandi {file}:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the device&apos;s keys were restored with it</source>
        <translation>kunci perangkat ikut dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the keys already in that folder are kept</source>
        <translation>kunci perangkat yang sudah ada di folder itu tetap dipakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without the device&apos;s keys: it cannot exchange bundles until a backup with keys is restored</source>
        <translation>tanpa kunci perangkat: belum dapat bertukar bundel sampai cadangan berkunci dipulihkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keys in that folder belong to another device: restore a backup with keys before exchanging bundles</source>
        <translation>kunci di folder itu milik perangkat lain: pulihkan cadangan berkunci sebelum bertukar bundel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} restored into {folder} ({role}); {keys}.</source>
        <translation>{file} dipulihkan ke {folder} ({role}); {keys}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the restored copy in a window of its own now? This window stays on the data folder it has open.</source>
        <translation>Buka salinan pulihan di jendela tersendiri sekarang? Jendela ini tetap pada folder data yang sedang dibuka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restored copy could not be opened in a new window; it is in {folder}.</source>
        <translation>Salinan pulihan tidak dapat dibuka di jendela baru; salinan itu ada di {folder}.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/review.py" line="+38"/>
        <source>Completeness</source>
        <extracomment>Each point of the checklist in a word (the box&apos;s text; the whole point is shown below it).</extracomment>
        <translation>Kelengkapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity</source>
        <translation>Validitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conformity</source>
        <translation>Kesesuaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consistency</source>
        <translation>Konsistensi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review by the office</source>
        <extracomment>A review was recorded (the visit&apos;s new status).</extracomment>
        <translation>Pemeriksaan kantor kecamatan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Note of the review</source>
        <translation>Catatan pemeriksaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (required to return the visit)</source>
        <translation>Catatan (wajib bila dikembalikan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign as</source>
        <translation>Tanda tangan sebagai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Return</source>
        <translation>Kemb&amp;alikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Peringatan&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Butir verifikasi&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign as:</source>
        <translation>Sebagai:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading the review</source>
        <translation>Memuat pemeriksaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acting: {name}</source>
        <translation>Bertindak: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the acting staff member first.</source>
        <translation>Pilih dahulu petugas yang bertindak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No warnings.</source>
        <translation>Tidak ada peringatan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>May not sign</source>
        <translation>Tidak berwenang menandatangani</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recording the review</source>
        <translation>Mencatat pemeriksaan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN of {name}:</source>
        <translation>PIN {name}:</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/review.py" line="+39"/>
        <location filename="../../perut_desktop/ui/shell.py" line="-7"/>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Visits waiting for the office</source>
        <extracomment>A visit to open for review (its id). How many visits wait (the navigation&apos;s badge). Visits approved together (their number).</extracomment>
        <translation>Kunjungan yang menunggu kantor</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+7"/>
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
        <location filename="../../perut_desktop/ui/pages/schedule.py" line="+51"/>
        <location filename="../../perut_desktop/ui/shell.py" line="+2"/>
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
        <location line="+16"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y&amp;ear:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <translation>Buat &amp;kunjungan</translation>
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
        <source>Ch&amp;ange officer…</source>
        <translation>&amp;Ganti pendamping…</translation>
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
        <location line="+2"/>
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
        <source>No village is overdue: every planned date that has passed has its visit.</source>
        <translation>Tidak ada desa yang terlambat: setiap tanggal rencana yang sudah lewat sudah dikunjungi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming visits</source>
        <translation>Kunjungan mendatang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No visit is still to be made in the next 30 days.</source>
        <translation>Tidak ada kunjungan yang masih harus dilakukan dalam 30 hari ke depan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next 30 days</source>
        <translation>30 hari ke depan</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../../perut_desktop/ui/widgets/searchable_table.py" line="+52"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in {name}</source>
        <translation>Cari di {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No row matches the search.</source>
        <translation>Tidak ada baris yang cocok dengan pencarian.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <location filename="../../perut_desktop/ui/widgets/send_panel.py" line="+47"/>
        <source>Send (Kirim)</source>
        <extracomment>A bundle was written (:class:`~perut_desktop.operations.exchange.BundleSent`). The preview of what goes has loaded.</extracomment>
        <translation>Kirim</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+99"/>
        <source>Choose a partner in the list.</source>
        <translation>Pilih mitra di daftar.</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+82"/>
        <location line="+50"/>
        <source>Folder for the bundle</source>
        <translation>Folder untuk bundel</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>No folder yet: choose one</source>
        <translation>Belum ada folder: pilih satu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save to:</source>
        <translation>Simpan &amp;ke:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Pilih folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Split for chat apps, files of at most</source>
        <translation>Pecah untuk aplikasi obrolan, berkas paling besar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split for chat apps</source>
        <translation>Pecah untuk aplikasi obrolan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Largest file size</source>
        <translation>Ukuran berkas terbesar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write bundle</source>
        <translation>T&amp;ulis bundel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write bundle</source>
        <translation>Tulis bundel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Counting what goes to {name}…</source>
        <translation>Menghitung yang akan dikirim ke {name}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting what goes</source>
        <translation>Menghitung yang akan dikirim</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To {name}: nothing new since the last bundle it acknowledged (a bundle still confirms what was received).</source>
        <translation>Ke {name}: tidak ada yang baru sejak bundel terakhir yang diakuinya (bundel tetap mengonfirmasi apa yang sudah diterima).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To {name}: {rows} records ({what}); {files} photos and files, {size}.</source>
        <translation>Ke {name}: {rows} data ({what}); {files} foto dan berkas, {size}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File: {file}</source>
        <translation>Berkas: {file}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Writing a bundle</source>
        <translation>Menulis bundel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: no bundle was written.</source>
        <translation>Dibatalkan: tidak ada bundel yang ditulis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} only tells the revoked laptop it was revoked.</source>
        <translation>{file} hanya memberitahukan pencabutan kepada laptop yang dicabut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written: {files} ({rows} records, {n} photos and files, {size}).</source>
        <translation>Ditulis: {files} ({rows} data, {n} foto dan berkas, {size}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is written and checked: the stick may be removed safely.</source>
        <translation>Berkas sudah ditulis dan diperiksa: flashdisk aman dicabut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read back: write it again before removing the stick.</source>
        <translation>Berkas tidak dapat dibaca kembali: tulis ulang sebelum flashdisk dicabut.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/settings.py" line="+44"/>
        <location filename="../../perut_desktop/ui/shell.py" line="+6"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parts of the settings</source>
        <extracomment>The tabs, in their order. A backup was written (:class:`BackupMade`).</extracomment>
        <translation>Bagian pengaturan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a passphrase (12 characters at least, a few words) the backup also holds this device&apos;s keys, encrypted: another PC can then take over without enrolling the laptops again. Keep the passphrase apart from the file.</source>
        <translation>Dengan kata sandi (paling sedikit 12 karakter, beberapa kata) cadangan juga berisi kunci perangkat ini, terenkripsi: komputer lain lalu dapat mengambil alih tanpa mendaftarkan ulang laptop. Simpan kata sandi terpisah dari berkasnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Cadangkan sekarang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase (optional):</source>
        <translation>Kata sandi (boleh kosong):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase again:</source>
        <translation>Ulangi kata sandi:</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <source>Automatic backups</source>
        <translation>Cadangan otomatis</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Taken before a large import and at most daily otherwise, encrypted with this installation&apos;s own key; 7 daily and 4 weekly are kept.</source>
        <translation>Dibuat sebelum impor besar dan paling banyak sekali sehari, terenkripsi dengan kunci instalasi ini; 7 harian dan 4 mingguan disimpan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your phone and e-mail</source>
        <translation>Telepon dan e-mail Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office sees them with your name; this laptop may change them.</source>
        <translation>Kantor melihatnya bersama nama Anda; laptop ini boleh mengubahnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Surel (e-mail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save phone and e-mail</source>
        <translation>&amp;Simpan telepon dan e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save phone and e-mail</source>
        <translation>Simpan telepon dan e-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>Surel (e-mail):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Buka folder data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your phone and e-mail ({name})</source>
        <translation>Telepon dan e-mail Anda ({name})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving phone and e-mail</source>
        <translation>Menyimpan telepon dan e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Kedua kata sandi berbeda; ketik ulang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase is too short: {n} characters at least.</source>
        <translation>Kata sandi terlalu pendek: paling sedikit {n} karakter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the backup</source>
        <translation>Folder untuk cadangan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backing up</source>
        <translation>Mencadangkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written to {file} ({size}): the records and this device&apos;s keys, encrypted with the passphrase. Attachment files are not included.</source>
        <translation>Cadangan ditulis ke {file} ({size}): data dan kunci perangkat ini, terenkripsi dengan kata sandi. Berkas lampiran tidak termasuk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written to {file} ({size}): the records only, without the device&apos;s keys and not encrypted. Attachment files are not included.</source>
        <translation>Cadangan ditulis ke {file} ({size}): data saja, tanpa kunci perangkat dan tidak terenkripsi. Berkas lampiran tidak termasuk.</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <location filename="../../perut_desktop/ui/shell.py" line="+38"/>
        <source>Opening…</source>
        <extracomment>The longest the window keeps its first loads from starting while its first frame has not painted (a window never shown, tests). The page shown when no other is remembered (and the one whose snapshot the window keeps). The status bar has its data (role, person, bundles). A visit&apos;s editor was opened or brought forward (the editor). The window&apos;s first frame is on screen (built or not).</extracomment>
        <translation>Membuka…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pages</source>
        <extracomment>The pages built so far (in the navigation&apos;s order): a page is built the first time it is shown or asked for (:meth:`page`).</extracomment>
        <translation>Halaman</translation>
    </message>
    <message>
        <location line="+126"/>
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
        <source>&amp;Find on this page</source>
        <translation>&amp;Cari di halaman ini</translation>
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
        <location line="+5"/>
        <source>&amp;About PERUT</source>
        <translation>&amp;Tentang PERUT</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+191"/>
        <source>Role: {role}</source>
        <translation>Peran: {role}</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>Acting staff member</source>
        <translation>Petugas yang bertindak</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+58"/>
        <source>Loading the status</source>
        <translation>Memuat status</translation>
    </message>
    <message>
        <location line="-25"/>
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
        <location line="+33"/>
        <source>Data updated to this version of PERUT</source>
        <translation>Data diperbarui ke versi PERUT ini</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+19"/>
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
        <location line="+84"/>
        <source>Receive bundle</source>
        <translation>Terima bundel</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>PERUT bundles (*.perut)</source>
        <translation>Bundel PERUT (*.perut)</translation>
    </message>
    <message>
        <location line="-663"/>
        <source>Pendampingan Rutin — PERUT</source>
        <translation>Pendampingan Rutin — PERUT</translation>
    </message>
    <message>
        <location line="+491"/>
        <source>Pendampingan Rutin Kecamatan {name} — PERUT</source>
        <translation>Pendampingan Rutin Kecamatan {name} — PERUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DEMO — {title}</source>
        <translation>DEMO — {title}</translation>
    </message>
    <message>
        <location line="+178"/>
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
        <location line="+31"/>
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
    <message>
        <location line="-425"/>
        <source>First-day &amp;guide</source>
        <translation>&amp;Panduan hari pertama</translation>
    </message>
    <message>
        <location line="+356"/>
        <source>Already set up</source>
        <translation>Sudah disiapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This data folder already holds PERUT data; an enrolment file is used on a laptop&apos;s first start, in an empty data folder.</source>
        <translation>Folder data ini sudah berisi data PERUT; berkas pendaftaran dipakai saat laptop pertama kali dijalankan, pada folder data yang masih kosong.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Receive bundles</source>
        <translation>Terima bundel</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>{page} ({n})</source>
        <translation>{page} ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} visits waiting for the office</source>
        <translation>{n} kunjungan menunggu kantor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the visits waiting</source>
        <translation>Menghitung kunjungan yang menunggu</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/sync.py" line="+44"/>
        <location line="+85"/>
        <location filename="../../perut_desktop/ui/shell.py" line="-217"/>
        <source>Synchronisation</source>
        <extracomment>A bundle was written or applied, a laptop confirmed: the status bar is out of date. The receive dialog was opened (for tests and the file hand-over). The moment the reminder measures against (tests move it).</extracomment>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+19"/>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Officer</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet acknowledged</source>
        <translation>Belum diakui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sent</source>
        <translation>Terakhir kirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last received</source>
        <translation>Terakhir terima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle</source>
        <translation>Bundel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File or reason</source>
        <translation>Berkas atau alasan</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receive (Terima)</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one or more .perut files, or drop them on this page. You see what they change before anything is applied.</source>
        <translation>Pilih satu atau beberapa berkas .perut, atau seret ke halaman ini. Anda melihat apa yang akan berubah sebelum ada yang diterapkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Receive bundles…</source>
        <translation>&amp;Terima bundel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>Receive bundles</source>
        <translation>Terima bundel</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Exchange</source>
        <translation>Pertukaran</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundles sent and received</source>
        <translation>Bundel yang dikirim dan diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+44"/>
        <source>Laptops</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Conflicts ({n})</source>
        <translation>Konflik ({n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laptops ({n} waiting for a code)</source>
        <translation>Laptop ({n} menunggu kode)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changes made since {day} have not been sent to {name} for {n} days: write a bundle.</source>
        <translation>Perubahan sejak {day} belum dikirim ke {name} selama {n} hari: tulis bundel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has been received from {name} for {n} days.</source>
        <translation>Tidak ada yang diterima dari {name} selama {n} hari.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>PERUT bundles (*.perut)</source>
        <translation>Bundel PERUT (*.perut)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Laptop confirmed</source>
        <translation>Laptop dikonfirmasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{laptop} is confirmed and its first bundle applied. Write its first data bundle now?</source>
        <translation>{laptop} sudah dikonfirmasi dan bundel pertamanya diterapkan. Tulis bundel data pertamanya sekarang?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the bundle</source>
        <translation>Tulis bundel</translation>
    </message>
</context>
<context>
    <name>TabSaver</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/tab_saves.py" line="+123"/>
        <source>“{task}” could not be finished.</source>
        <extracomment>How a refused field looks until its value is saved or given up.</extracomment>
        <translation>“{task}” tidak dapat diselesaikan.</translation>
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
        <location filename="../../perut_desktop/ui/tasks.py" line="+324"/>
        <source>Cancel</source>
        <extracomment>Where unexpected errors are written with their traceback (the data folder&apos;s ``logs/``); set when a data folder is open.</extracomment>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unexpected error: {error}. The details were written to the log.</source>
        <translation>Kesalahan tak terduga: {error}. Rinciannya dicatat dalam log.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <message>
        <location line="-14"/>
        <source>Unexpected error: {error}. The details were written to {file}.</source>
        <translation>Kesalahan tak terduga: {error}. Rinciannya ditulis ke {file}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message</source>
        <translation>Salin pesan</translation>
    </message>
</context>
<context>
    <name>VillageRecords</name>
    <message>
        <location filename="../../perut_desktop/ui/dialogs/village_records.py" line="+26"/>
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
        <location line="+1"/>
        <source>Agreed in the Musyawarah Desa</source>
        <translation>Disepakati dalam Musyawarah Desa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>known</source>
        <translation>diketahui</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location filename="../../perut_desktop/ui/pages/villages.py" line="+45"/>
        <location line="+33"/>
        <location line="+133"/>
        <location line="+93"/>
        <location filename="../../perut_desktop/ui/shell.py" line="-3"/>
        <source>Villages</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>&amp;Open village</source>
        <extracomment>A visit to open (its id). A village&apos;s page was shown with fresh data (its id). A change to a village&apos;s profile was saved (the village&apos;s id). A document was written (its path).</extracomment>
        <translation>Buka &amp;desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <location line="+135"/>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+94"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="-94"/>
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
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>← &amp;All villages</source>
        <translation>← &amp;Semua desa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Official code:</source>
        <translation>Kode resmi:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Term ends on:</source>
        <translation>Masa jabatan berakhir:</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>Officials</source>
        <translation>Aparatur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No official of this village is recorded yet.</source>
        <translation>Belum ada aparatur desa ini yang dicatat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;regulation…</source>
        <translation>&amp;Tambah peraturan…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>Regulations</source>
        <translation>Peraturan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No regulation of this village is recorded yet.</source>
        <translation>Belum ada peraturan desa ini yang dicatat.</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>No findings: the village meets every rule checked as of today.</source>
        <translation>Tidak ada temuan: desa ini memenuhi setiap aturan yang diperiksa per hari ini.</translation>
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
        <location line="+1"/>
        <source>No visit to this village yet.</source>
        <translation>Belum ada kunjungan ke desa ini.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No scored visit to this village yet: the scores of its last twelve visits are drawn here after the first.</source>
        <translation>Belum ada kunjungan yang dinilai ke desa ini: skor dua belas kunjungan terakhirnya digambar di sini setelah kunjungan pertama.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Village {name}</source>
        <translation>Desa {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Desa {name} ({code})</source>
        <translation>Desa {name} ({code})</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+30"/>
        <location line="+1"/>
        <source>Score of the last twelve visits</source>
        <translation>Skor dua belas kunjungan terakhir</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Saving the profile</source>
        <translation>Menyimpan profil desa</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+12"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the PDF</source>
        <translation>Menulis PDF</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Previous head left:</source>
        <translation>Kepala Desa sebelumnya:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Print &amp;blank checklist…</source>
        <translation>Cetak &amp;daftar periksa kosong…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print attendance &amp;sheet…</source>
        <translation>&amp;Cetak daftar hadir…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>APB Desa evaluated by:</source>
        <translation>Evaluasi APB Desa oleh:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Edit regulation…</source>
        <translation>&amp;Ubah peraturan…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Officials</source>
        <translation>Apa&amp;ratur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gulations</source>
        <translation>P&amp;eraturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;indings</source>
        <translation>Te&amp;muan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visits</source>
        <translation>&amp;Kunjungan</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the Bupati</source>
        <translation>Bupati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Camat, delegated by {source} from {date}</source>
        <translation>Camat, pelimpahan {source} sejak {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{reason} on {date}</source>
        <translation>{reason} pada {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: an acting head serves until a head is installed</source>
        <translation>tidak ada: Penjabat bertugas sampai Kepala Desa dilantik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only here: the village&apos;s name and official code are set by the kecamatan office and reach this laptop in its bundles.</source>
        <translation>Hanya dapat dibaca di sini: nama dan kode resmi desa ditetapkan kantor kecamatan dan sampai ke laptop ini lewat bundel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The village&apos;s name and code are kept by the office (this master copy). A change to the profile is saved as soon as a field is left.</source>
        <translation>Nama dan kode desa dikelola kantor kecamatan (salinan master ini). Perubahan profil tersimpan begitu kolomnya ditinggalkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Officials, regulations and the profile may be recorded on this laptop; a change is saved as soon as a field is left.</source>
        <translation>Aparatur, peraturan dan profil desa boleh dicatat di laptop ini; perubahan tersimpan begitu kolomnya ditinggalkan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read-only here: the profile is kept by the kecamatan office.</source>
        <translation>Hanya dapat dibaca di sini: profil desa dikelola kantor kecamatan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> · the office&apos;s own task</source>
        <translation> · tugas kantor kecamatan sendiri</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../perut_desktop/ui/editor/window.py" line="+75"/>
        <source>&amp;Books</source>
        <extracomment>The editor&apos;s tabs in order, by key (each follows the tab contract of :mod:`.base`). The tabs&apos; names (English source text; Indonesian in perut_id.ts).</extracomment>
        <translation>&amp;Buku Administrasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Daftar Hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Notulen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Follow-ups</source>
        <translation>T&amp;indak Lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttachments</source>
        <translation>&amp;Lampiran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>Riwa&amp;yat</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Visit</source>
        <extracomment>Where each thing a submission misses is put right. Tables whose change by someone else (a bundle received) makes the editor read again. The editor&apos;s size where the screen has room for it. What the window&apos;s title bar and borders take beyond its inside. The visit&apos;s header (and every tab) shows fresh data. The indicator changed (a :class:`SaveState` value). The problems of a refused submission are listed. The visit&apos;s status changed here (submitted, reopened, reviewed).</extracomment>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Correct (back to draft)</source>
        <translation>&amp;Perbaiki (kembali ke Draf)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saving state</source>
        <translation>Keadaan penyimpanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subm&amp;it</source>
        <translation>&amp;Ajukan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Loading the visit</source>
        <translation>Memuat kunjungan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit to {village}, {date} — {status}</source>
        <translation>Kunjungan ke {village}, {date} — {status}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Returned by the office:&lt;/b&gt; {note}</source>
        <translation>&lt;b&gt;Dikembalikan oleh kantor kecamatan:&lt;/b&gt; {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose “Correct” to edit the visit again, then submit it anew.</source>
        <translation>Pilih “Perbaiki” untuk mengubah kunjungan lagi, lalu ajukan kembali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded on the laptop of {officer}: only that laptop changes its content; the office reviews it.</source>
        <translation>Dicatat di laptop {officer}: hanya laptop itu yang mengubah isinya; kantor memeriksanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded on the laptop of {officer}: only that laptop can change it; shown here read-only.</source>
        <translation>Dicatat di laptop {officer}: hanya laptop itu yang dapat mengubahnya; di sini hanya dapat dibaca.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The visit is {status}: it can no longer be changed on this laptop.</source>
        <translation>Kunjungan berstatus {status}: tidak dapat diubah lagi di perangkat ini.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: {message}</source>
        <translation>Tidak tersimpan: {message}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking the visit</source>
        <translation>Memeriksa kunjungan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submit the visit</source>
        <translation>Ajukan kunjungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the visit to {village} for verification? It can no longer be changed here unless the office returns it.</source>
        <translation>Ajukan kunjungan ke {village} untuk diverifikasi? Setelah itu kunjungan tidak dapat diubah lagi kecuali dikembalikan oleh kantor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit</source>
        <translation>Ajukan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitting the visit</source>
        <translation>Mengajukan kunjungan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The visit cannot be submitted yet:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kunjungan belum dapat diajukan:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopening the visit</source>
        <translation>Membuka kembali kunjungan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changes not saved</source>
        <translation>Perubahan belum tersimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change is still being saved or was refused (marked in red). Close anyway? What was not saved is lost.</source>
        <translation>Ada perubahan yang masih disimpan atau ditolak (ditandai merah). Tetap tutup? Yang belum tersimpan akan hilang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close anyway</source>
        <translation>Tetap tutup</translation>
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
    <name>VisitsPage</name>
    <message>
        <location filename="../../perut_desktop/ui/pages/visits.py" line="+37"/>
        <location line="+21"/>
        <location filename="../../perut_desktop/ui/shell.py" line="-4"/>
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
        <location filename="../../perut_desktop/ui/pages/visits.py" line="+39"/>
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
        <location line="+8"/>
        <source>&amp;New visit</source>
        <translation>&amp;Kunjungan baru</translation>
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
        <location line="+140"/>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>&amp;Village:</source>
        <translation>&amp;Desa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offi&amp;cer:</source>
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
        <location line="+2"/>
        <source>No visit yet: a new one is made with New visit.</source>
        <translation>Belum ada kunjungan: buat yang baru dengan Kunjungan baru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No visit matches these filters and this search.</source>
        <translation>Tidak ada kunjungan yang cocok dengan filter dan pencarian ini.</translation>
    </message>
    <message>
        <location line="+41"/>
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
