<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../perut_desktop/ui/main_window.py" line="+47"/>
        <source>PERUT — Pendampingan Rutin</source>
        <translation>PERUT — Pendampingan Rutin</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About PERUT</source>
        <translation>&amp;Tentang PERUT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Villages</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+66"/>
        <source>Loading data…</source>
        <translation>Memuat data…</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+50"/>
        <source>Role: {role}</source>
        <translation>Peran: {role}</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Device: {device}</source>
        <translation>Perangkat: {device}</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Data folder: {folder}</source>
        <translation>Folder data: {folder}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the dashboard</source>
        <translation>Memuat dasbor</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No data found.</source>
        <translation>Data tidak ditemukan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} — Kecamatan {name}</source>
        <translation>{title} — Kecamatan {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Villages of Kecamatan {name}</source>
        <translation>Desa di Kecamatan {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages: {villages} · Visits: {visits}</source>
        <translation>Desa: {villages} · Kunjungan: {visits}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data loaded.</source>
        <translation>Data dimuat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data could not be loaded</source>
        <translation>Data tidak dapat dimuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason is shown in the error message. After fixing it, choose File → Reload to try again.</source>
        <translation>Penyebabnya tercantum dalam pesan kesalahan. Setelah diperbaiki, pilih Berkas → Muat ulang untuk mencoba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading failed.</source>
        <translation>Gagal memuat data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading was cancelled. Choose File → Reload to load the data.</source>
        <translation>Pemuatan dibatalkan. Pilih Berkas → Muat ulang untuk memuat data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading cancelled.</source>
        <translation>Pemuatan dibatalkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No data yet.</source>
        <translation>Belum ada data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PERUT data in this data folder yet</source>
        <translation>Folder data ini belum berisi data PERUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PERUT replica was found in {folder}.</source>
        <translation>Tidak ada replika PERUT di {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the kecamatan office, create the master copy with this command:</source>
        <translation>Di kantor kecamatan, buat salinan master dengan perintah ini:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To try PERUT with example data, add a year of demonstration visits:</source>
        <translation>Untuk mencoba PERUT dengan data contoh, tambahkan kunjungan contoh selama satu tahun:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a field laptop, use the enrolment file made by the office:</source>
        <translation>Di laptop lapangan, gunakan berkas pendaftaran yang dibuat kantor kecamatan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Then choose File → Reload.</source>
        <translation>Lalu pilih Berkas → Muat ulang.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About PERUT</source>
        <translation>Tentang PERUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;PERUT Desktop {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;PERUT Desktop {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routine village-administration visits (Pendampingan Rutin) of Kantor Kecamatan Awayan. Works offline: laptops and the office exchange sync bundles.</source>
        <translation>Pendampingan Rutin administrasi desa oleh Kantor Kecamatan Awayan. Bekerja tanpa internet: laptop dan kantor kecamatan bertukar berkas sinkronisasi.</translation>
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
    <name>TaskRunner</name>
    <message>
        <location filename="../../perut_desktop/ui/tasks.py" line="+255"/>
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
    <name>VillageTableModel</name>
    <message>
        <location filename="../../perut_desktop/ui/main_window.py" line="-283"/>
        <source>Village code</source>
        <extracomment>A role giving each cell a key of one type per column, so the proxy sorts dates and numbers as such and puts missing values first.</extracomment>
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
        <source>Status of last visit</source>
        <translation>Status kunjungan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score of last visit</source>
        <translation>Skor kunjungan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
</context>
</TS>
