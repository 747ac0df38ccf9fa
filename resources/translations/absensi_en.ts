<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="111"/>
        <source>Rencana Aksi</source>
        <translation>Rencana Aksi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="111"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="111"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="124"/>
        <source>Ketik untuk mengisi sel; F2 mengubah sel terpilih; Tab pindah ke kolom berikutnya.</source>
        <translation>Type to fill a cell; F2 edits the selected cell; Tab moves to the next column.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="125"/>
        <source>+ Tambah Rencana Aksi</source>
        <translation>+ Add Rencana Aksi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="126"/>
        <source>Hapus baris</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="130"/>
        <source>Opsional. Satu baris per bulan atau triwulan; target dalam satuan RHK (kosongkan bila tidak ada).</source>
        <translation>Optional. One row per month or quarter; the target is in the RHK&apos;s unit (leave empty if none).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="232"/>
        <source>Satu RHK paling banyak memiliki {limit} Rencana Aksi.</source>
        <translation>An RHK can have at most {limit} Rencana Aksi (action plans).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/absensi_app/app.py" line="32"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="33"/>
        <source>Terjadi kesalahan tak terduga: {error}

Data yang sudah disimpan tetap aman. Rinciannya tercatat di folder log aplikasi.</source>
        <translation>An unexpected error occurred: {error}

Data already saved is safe. The details are recorded in the application&apos;s log folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="80"/>
        <source>absensi: profil tidak dibuka.</source>
        <translation>absensi: profile not opened.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="114"/>
        <source>Absensi sudah terbuka untuk folder data {folder}, tetapi jendelanya tidak menjawab. Tutup Absensi yang lain lalu coba lagi. Bila tidak ada Absensi lain yang terbuka, hapus berkas {lock}.</source>
        <translation>Absensi is already open for the data folder {folder}, but its window does not respond. Close the other Absensi and try again. If no other Absensi is open, delete the file {lock}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="235"/>
        <source>Data tidak bisa dibuka: {error}</source>
        <translation>The data cannot be opened: {error}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="325"/>
        <source>Data contoh dimuat untuk bulan ini. Ubah profil lewat Pengaturan › Profil dan jadwal kerja.</source>
        <translation>Sample data has been loaded for this month. Change the profile under Settings › Profile and work schedule.</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <location filename="../../src/absensi_app/views/archive/stored_files.py" line="96"/>
        <location filename="../../src/absensi_app/views/archive/window.py" line="80"/>
        <source>Arsip instansi</source>
        <translation>Agency archive</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="86"/>
        <source>Alamat database arsip, tanpa kata sandi. Kata sandi diambil dari ~/.pgpass atau PGPASSWORD, atau ditanyakan bila server memintanya.</source>
        <translation>Address of the archive database, without a password. The password is taken from ~/.pgpass or PGPASSWORD, or asked for when the server wants one.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="89"/>
        <source>Hubungkan</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="92"/>
        <source>Alamat arsip</source>
        <translation>Archive address</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="95"/>
        <source>Belum terhubung. Tulis alamat arsip lalu pilih Hubungkan.</source>
        <translation>Not connected. Enter the archive address, then choose Connect.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="106"/>
        <source>semua unit kerja</source>
        <translation>all work units</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="108"/>
        <source>Hanya unit kerja yang namanya memuat teks ini (huruf besar atau kecil sama saja); Enter untuk menerapkan.</source>
        <translation>Only work units whose name contains this text (upper or lower case alike); Enter applies it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="113"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="116"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="124"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="139"/>
        <source>Unit dan pegawai</source>
        <translation>Units and employees</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="142"/>
        <source>Belum mengirim</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="149"/>
        <source>Berkas bulan ini yang tidak sah, palsu, atau bertanda tangan yang belum dikenal arsip, lalu berkas ditolak yang bulannya tidak terbaca. Klik dua kali sebuah baris untuk membuka berkasnya.</source>
        <translation>This month&apos;s files that are invalid, forged or signed by someone the archive does not know yet, then refused files whose month cannot be read. Double-click a row to open its file.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="151"/>
        <source>Berkas bermasalah</source>
        <translation>Files with problems</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="165"/>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="168"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="171"/>
        <source>Masukkan folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="173"/>
        <source>Periksa setiap ringkasan PDF di sebuah folder dan simpan ke arsip</source>
        <translation>Check every summary PDF in a folder and store it in the archive</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="175"/>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="199"/>
        <source>Hijau: disetujui (dengan predikat bila dinilai). Biru: menunggu keputusan. Oranye: dikembalikan. Merah: bermasalah (diubah, palsu, atau penanda tangan belum dikenal arsip). Kuning: bulan sudah lewat tanpa ringkasan yang sah. Klik dua kali seorang pegawai untuk membuka berkasnya.</source>
        <translation>Green: approved (with the rating when appraised). Blue: awaiting a decision. Orange: returned. Red: problem (changed, forged, or a signer the archive does not know yet). Yellow: a past month without a valid summary. Double-click an employee to open their file.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="241"/>
        <source>Arsip instansi — {url}</source>
        <translation>Agency archive — {url}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="242"/>
        <source>Terhubung ke {url}.</source>
        <translation>Connected to {url}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="276"/>
        <source>Memuat {month}…</source>
        <translation>Loading {month}…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="278"/>
        <source>Terhubung.</source>
        <translation>Connected.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="300"/>
        <source>Belum mengirim ({n})</source>
        <translation>Not sent yet ({n})</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="301"/>
        <source>Berkas bermasalah ({n})</source>
        <translation>Files with problems ({n})</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="320"/>
        <source>Keadaan bulan ini tidak bisa dibaca dari arsip: {e}</source>
        <translation>This month&apos;s state cannot be read from the archive: {e}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="336"/>
        <source>{month}: {people} pegawai di {units} unit kerja: {ok} disetujui, {waiting} menunggu keputusan, {returned} dikembalikan, {problems} bermasalah; {missing} belum mengirim.</source>
        <translation>{month}: {people} employees in {units} work units: {ok} approved, {waiting} awaiting a decision, {returned} returned, {problems} with problems; {missing} not sent yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="343"/>
        <source>Arsip belum berisi ringkasan bulan ini: pilih Masukkan folder… untuk memasukkan ringkasan staf.</source>
        <translation>The archive holds no summaries for this month yet: choose Add folder… to add your staff&apos;s summaries.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="346"/>
        <source>Hanya unit kerja yang memuat “{unit}”.</source>
        <translation>Only work units containing “{unit}”.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/window.py" line="353"/>
        <source>Pilih seorang pegawai untuk melihat berkasnya bulan ini; klik dua kali untuk membuka berkas yang berlaku.</source>
        <translation>Select an employee to see their files this month; double-click to open the file that counts.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/connecting.py" line="47"/>
        <source>Menghubungkan ke {url}…</source>
        <translation>Connecting to {url}…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/connecting.py" line="64"/>
        <source>Kata sandi arsip</source>
        <translation>Archive password</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/connecting.py" line="65"/>
        <source>Server PostgreSQL {server} meminta kata sandi untuk pengguna {user}. Kata sandi hanya dipakai selama jendela ini terbuka dan tidak disimpan.</source>
        <translation>The PostgreSQL server {server} asks for the password of the user {user}. The password is only used while this window is open and is not stored.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/connecting.py" line="71"/>
        <source>Belum terhubung: kata sandi tidak diisi.</source>
        <translation>Not connected: no password was entered.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/connecting.py" line="76"/>
        <source>Arsip tidak bisa dibuka: {e}</source>
        <translation>The archive cannot be opened: {e}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/connecting.py" line="78"/>
        <source>Masih terhubung ke {url}; tabel di bawah dari arsip itu.</source>
        <translation>Still connected to {url}; the table below is from that archive.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/archive/ingesting.py" line="38"/>
        <source>%n berkas: {stored} disimpan, {already} sudah ada, {rejected} ditolak.</source>
        <translation>
            <numerusform>%n file: {stored} stored, {already} already there, {rejected} refused.</numerusform>
            <numerusform>%n files: {stored} stored, {already} already there, {rejected} refused.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/ingesting.py" line="42"/>
        <source>{n} tidak terbaca.</source>
        <translation>{n} unreadable.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/ingesting.py" line="44"/>
        <source>Dihentikan.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/ingesting.py" line="55"/>
        <source>Pilih folder ringkasan yang dimasukkan ke arsip</source>
        <translation>Choose the folder of summaries to add to the archive</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/ingesting.py" line="66"/>
        <source>%v / %m berkas</source>
        <translation>%v / %m files</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/ingesting.py" line="67"/>
        <source>Mencari PDF di {path}…</source>
        <translation>Looking for PDFs in {path}…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/ingesting.py" line="70"/>
        <source>Memasukkan {path} ke arsip…</source>
        <translation>Adding {path} to the archive…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/ingesting.py" line="84"/>
        <source>Menghentikan setelah berkas yang sedang diperiksa…</source>
        <translation>Stopping after the file being checked…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/ingesting.py" line="116"/>
        <source>Folder tidak bisa dimasukkan sampai selesai: {e}</source>
        <translation>The folder could not be added completely: {e}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/stored_files.py" line="41"/>
        <source>Belum ada ringkasan {name} untuk bulan ini di arsip.</source>
        <translation>The archive has no summary of {name} for this month yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/stored_files.py" line="72"/>
        <source>Membuka {name} dari arsip…</source>
        <translation>Opening {name} from the archive…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/stored_files.py" line="89"/>
        <source>{name} dibuka dari arsip, diperiksa dengan sertifikat tepercaya arsip.</source>
        <translation>{name} opened from the archive, checked with the archive&apos;s trusted certificates.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/stored_files.py" line="104"/>
        <source>Ekspor keadaan arsip</source>
        <translation>Export the archive&apos;s state</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/stored_files.py" line="106"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/stored_files.py" line="118"/>
        <source>Berkas &apos;{p}&apos; tidak bisa ditulis: {e}.</source>
        <translation>The file &apos;{p}&apos; cannot be written: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/stored_files.py" line="129"/>
        <source>Keadaan arsip ditulis ke {p}.</source>
        <translation>The archive&apos;s state was written to {p}.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="37"/>
        <source>Lampiran bukti dukung</source>
        <translation>Supporting evidence attachments</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="70"/>
        <source>tidak dilampirkan</source>
        <translation>not attached</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="72"/>
        <source>cocok</source>
        <translation>matches</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="74"/>
        <source>TIDAK COCOK</source>
        <translation>DOES NOT MATCH</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="75"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="100"/>
        <source>Lampiran ini tidak bisa dibuka: isinya tidak cocok dengan hash yang ditandatangani.</source>
        <translation>This attachment cannot be opened: its content does not match the signed hash.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="110"/>
        <source>Tidak ada aplikasi untuk membuka {name}; berkasnya ada di {path}.</source>
        <translation>No application can open {name}; the file is at {path}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="159"/>
        <source>Cadangan data</source>
        <translation>Data backups</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="163"/>
        <source>Absensi mencadangkan database setiap hari saat pertama dibuka, dan sebelum pembaruan struktur, impor, atau pemulihan. Setiap cadangan diperiksa setelah dibuat.</source>
        <translation>Absensi backs up the database every day when it is first opened, and before structure updates, imports or restores. Every backup is checked after it is made.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="188"/>
        <source>Belum ada cadangan. Tekan “Cadangkan sekarang” untuk membuat yang pertama.</source>
        <translation>No backups yet. Press “Back up now” to make the first one.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="192"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="194"/>
        <source>&amp;Pulihkan…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="196"/>
        <source>Buka &amp;folder cadangan</source>
        <translation>Open backup &amp;folder</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="205"/>
        <source>Folder cadangan tambahan</source>
        <translation>Extra backup folder</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="211"/>
        <source>Misalnya flashdisk atau folder yang disinkronkan: setiap cadangan juga disalin ke sana, jadi data tetap ada bila komputer ini rusak.</source>
        <translation>For example a USB drive or a synchronised folder: every backup is also copied there, so the data survives if this computer breaks.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="217"/>
        <source>Pilih f&amp;older…</source>
        <translation>Choose f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="219"/>
        <source>&amp;Jangan pakai lagi</source>
        <translation>&amp;Stop using it</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="234"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="266"/>
        <source>Folder cadangan: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="270"/>
        <source>utuh</source>
        <translation>intact</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="270"/>
        <source>{broken} – tidak bisa dipulihkan</source>
        <translation>{broken} – cannot be restored</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="309"/>
        <source>Cadangan ini rusak dan tidak bisa dipulihkan.</source>
        <translation>This backup is damaged and cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="321"/>
        <source>Cadangan {name} tersimpan dan diperiksa.</source>
        <translation>Backup {name} saved and checked.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="323"/>
        <source>Salinannya juga ada di {folder}.</source>
        <translation>A copy is also in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="112"/>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="329"/>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="333"/>
        <source>Cadangan {when} rusak dan tidak bisa dipulihkan. Pilih cadangan lain.</source>
        <translation>The backup of {when} is damaged and cannot be restored. Choose another backup.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="337"/>
        <source>Pulihkan cadangan {when} ({reason}, {entries} kegiatan, {locked} bulan terkunci)?

Semua yang dicatat sesudah cadangan itu dibuat tidak akan tampil lagi. Keadaan saat ini dicadangkan lebih dulu (“sebelum pemulihan”), jadi pemulihan ini bisa dibatalkan dengan memulihkan cadangan itu.</source>
        <translation>Restore the backup of {when} ({reason}, {entries} activities, {locked} locked months)?

Everything recorded after that backup was made will no longer appear. The current state is backed up first (“before restore”), so this restore can be undone by restoring that backup.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="73"/>
        <source>Belum dipilih: cadangan hanya ada di komputer ini.</source>
        <translation>Not chosen: backups exist only on this computer.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="80"/>
        <source>{folder}
(sekarang tidak ada, mis. flashdisk tidak terpasang: cadangan hanya dibuat di komputer ini)</source>
        <translation>{folder}
(not present now, e.g. the USB drive is not plugged in: backups are made only on this computer)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="359"/>
        <source>Pilih folder cadangan tambahan</source>
        <translation>Choose an extra backup folder</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="368"/>
        <source>Cadangan berikutnya juga disalin ke {folder}.</source>
        <translation>The next backups are also copied to {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="378"/>
        <source>Folder cadangan tambahan tidak dipakai lagi; cadangan yang sudah ada di sana tetap ada.</source>
        <translation>The extra backup folder is no longer used; the backups already there remain.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="28"/>
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="30"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="32"/>
        <source>sebelum pemulihan</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="34"/>
        <source>sebelum impor</source>
        <translation>before import</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="36"/>
        <source>sebelum pembaruan struktur</source>
        <translation>before structure update</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="42"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="47"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="48"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="54"/>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="55"/>
        <source>terpotong</source>
        <translation>truncated</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="57"/>
        <source>bukan database</source>
        <translation>not a database</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="58"/>
        <source>bukan database Absensi</source>
        <translation>not an Absensi database</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="59"/>
        <source>dari versi yang lebih baru</source>
        <translation>from a newer version</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="60"/>
        <source>tidak terbaca</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="66"/>
        <source>RUSAK</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_labels.py" line="66"/>
        <source>RUSAK ({what})</source>
        <translation>DAMAGED ({what})</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="62"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="69"/>
        <source>Cadangan tidak bisa dibuat: {e}.</source>
        <translation>The backup cannot be made: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="72"/>
        <source>Cadangan tersimpan dan diperiksa: {where}</source>
        <translation>Backup saved and checked: {where}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="127"/>
        <source>Cadangan sudah dipulihkan, tetapi datanya tidak bisa dibuka lagi: {error}

Absensi akan ditutup. Bukalah lagi; bila masalahnya tetap ada, pilih cadangan lain.</source>
        <translation>The backup was restored, but the data cannot be opened again: {error}

Absensi will close. Open it again; if the problem remains, choose another backup.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="140"/>
        <source>Cadangan {name} dipulihkan.</source>
        <translation>Backup {name} restored.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="142"/>
        <source>Keadaan sebelumnya disimpan sebagai {name}.</source>
        <translation>The previous state was saved as {name}.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="109"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="111"/>
        <source>Absensi mencadangkan database setiap hari saat pertama dibuka, dan sebelum pembaruan struktur, impor atau pemulihan. Daftar cadangan dan pemulihannya ada di Berkas › Pulihkan cadangan.</source>
        <translation>Absensi backs up the database every day when it is first opened, and before structure updates, imports or restores. The list of backups and restoring them are under File › Restore backup.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="116"/>
        <source>Folder cadangan: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="119"/>
        <source>Folder cadangan tambahan</source>
        <translation>Extra backup folder</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="123"/>
        <source>Pilih f&amp;older…</source>
        <translation>Choose f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="124"/>
        <source>&amp;Jangan pakai lagi</source>
        <translation>&amp;Stop using it</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="136"/>
        <source>Misalnya flashdisk atau folder yang disinkronkan: setiap cadangan juga disalin ke sana, jadi data tetap ada bila komputer ini rusak. Di sana dibuat subfolder Absensi-NIP, sehingga satu flashdisk bisa dipakai bersama.</source>
        <translation>For example a USB drive or a synchronised folder: every backup is also copied there, so the data survives if this computer breaks. A subfolder Absensi-NIP is made there, so one USB drive can be shared.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="153"/>
        <source>Pilih folder cadangan tambahan</source>
        <translation>Choose an extra backup folder</translation>
    </message>
</context>
<context>
    <name>BatchApproveDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="54"/>
        <source>Setujui beberapa ringkasan</source>
        <translation>Approve several summaries</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="57"/>
        <source>{n} ringkasan menunggu keputusan Anda.</source>
        <translation>{n} summaries await your decision.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="60"/>
        <source>Tanda tangan elektronik Anda sebagai pejabat penilai ditambahkan ke setiap berkas yang dicentang, bersama catatan di bawah; isi ringkasan pegawai tidak berubah. Setiap berkas diperiksa lagi setelah ditandatangani, sebelum ditulis. Untuk memberi penilaian kinerja, setujui ringkasannya satu per satu dari penampil.</source>
        <translation>Your electronic signature as appraising official is added to every ticked file, together with the note below; the employee&apos;s summary itself does not change. Every file is checked again after signing, before it is written. To give a performance appraisal, approve the summaries one by one from the viewer.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="65"/>
        <source>{n} sel lain yang dipilih tidak menunggu keputusan (sudah diputuskan, bermasalah atau kosong) dan tidak ikut disetujui.</source>
        <translation>{n} other selected cells are not awaiting a decision (already decided, with problems or empty) and are not approved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="70"/>
        <source>{name} — {month}, revisi {revision} ({file})</source>
        <translation>{name} — {month}, revision {revision} ({file})</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="79"/>
        <source>Catatan untuk semua berkas (boleh kosong), mis. terima kasih.</source>
        <translation>Note for all files (may be empty), e.g. thank you.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="83"/>
        <source>Di samping berkas aslinya, sebagai NAMA-disetujui.pdf</source>
        <translation>Next to the original file, as NAME-disetujui.pdf</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="84"/>
        <source>Ke folder lain…</source>
        <translation>To another folder…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="95"/>
        <source>frasa sandi kunci tanda tangan Anda</source>
        <translation>your signing key&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="109"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="121"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="123"/>
        <source>Simpan berkas yang disetujui</source>
        <translation>Save the approved files</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="127"/>
        <source>Frasa sandi</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="146"/>
        <source>Setujui {n} ringkasan dan tanda tangani</source>
        <translation>Approve {n} summaries and sign</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="148"/>
        <source>Folder: {p}</source>
        <translation>Folder: {p}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="152"/>
        <source>Pilih folder untuk ringkasan yang disetujui</source>
        <translation>Choose a folder for the approved summaries</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="176"/>
        <source>Centang dulu ringkasan yang akan disetujui.</source>
        <translation>First tick the summaries to approve.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="179"/>
        <source>Catatan terlalu panjang (paling banyak {n} karakter).</source>
        <translation>The note is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="183"/>
        <source>Isi frasa sandi kunci tanda tangan Anda.</source>
        <translation>Enter your signing key&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="202"/>
        <source>%v / %m ringkasan</source>
        <translation>%v / %m summaries</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="225"/>
        <source>Tidak ada berkas yang ditulis.</source>
        <translation>No file was written.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="227"/>
        <source>Tidak bisa menyetujui: {e}</source>
        <translation>Cannot approve: {e}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="235"/>
        <source>{ok} dari {n} ringkasan disetujui.</source>
        <translation>{ok} of {n} summaries approved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="245"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="34"/>
        <source>Nasional</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="35"/>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="36"/>
        <source>Dihapus</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="68"/>
        <source>Hari libur</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="74"/>
        <source>(bukan hari libur nasional)</source>
        <translation>(not a national holiday)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="53"/>
        <source>Kalender kerja</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="60"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="64"/>
        <source>Hari libur nasional dan cuti bersama mengikuti SKB 3 Menteri. Tambahkan hari libur daerah, atau jadikan sebuah hari libur hari kerja bila instansi Anda menetapkannya.</source>
        <translation>National holidays and collective leave days (cuti bersama) follow the joint ministerial decree (SKB 3 Menteri). Add regional holidays, or turn a holiday into a working day if your agency decides so.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="79"/>
        <source>&amp;Jadikan hari kerja</source>
        <translation>&amp;Make it a working day</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="80"/>
        <source>Hari libur terpilih menjadi hari kerja biasa (Delete)</source>
        <translation>The selected holiday becomes an ordinary working day (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="81"/>
        <source>&amp;Kembalikan ke kalender nasional</source>
        <translation>&amp;Reset to the national calendar</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="82"/>
        <source>Lupakan perubahan Anda untuk tanggal terpilih</source>
        <translation>Forget your changes for the selected date</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="85"/>
        <source>Tanggal bertanda “perkiraan” dihitung dari kalender Hijriah dan bisa bergeser. Sesuaikan bila SKB 3 Menteri atau pemerintah daerah menetapkan lain.</source>
        <translation>Dates marked “estimated” are computed from the Hijri calendar and may shift. Adjust them if the SKB 3 Menteri or the regional government decides otherwise.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="98"/>
        <source>nama, mis. Hari Jadi Kabupaten</source>
        <translation>name, e.g. Regency anniversary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="99"/>
        <source>&amp;Tambahkan</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="100"/>
        <source>Hari &amp;libur daerah</source>
        <translation>Regional &amp;holiday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="133"/>
        <source> jam</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="141"/>
        <source>&amp;Simpan jam Ramadan</source>
        <translation>&amp;Save Ramadan hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="142"/>
        <source>&amp;Hapus jam Ramadan</source>
        <translation>&amp;Delete Ramadan hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="143"/>
        <source>Hapus jam kerja Ramadan tahun ini; target harian kembali normal</source>
        <translation>Delete this year&apos;s Ramadan working hours; the daily target returns to normal</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="144"/>
        <source>&amp;Awal</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="146"/>
        <source>A&amp;khir</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="148"/>
        <source>Jam kerja &amp;seminggu</source>
        <translation>&amp;Weekly working hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="172"/>
        <source>Kerja di luar kantor (berlaku untuk semua tahun)</source>
        <translation>Off-site work (applies to all years)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="176"/>
        <source> hari seminggu</source>
        <translation> days a week</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="177"/>
        <source>&amp;Paling banyak</source>
        <translation>At m&amp;ost</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="181"/>
        <source>PermenPANRB 4/2025: bila instansi menerapkan kerja fleksibel, paling banyak {n} hari kerja seminggu di Rumah, Kantor lain atau Lokasi lain. Dinas Luar tidak dihitung. Ringkasan mingguan menandai minggu yang melebihi batas ini.</source>
        <translation>PermenPANRB 4/2025: if the agency applies flexible working, at most {n} working days a week at Home, Another office or Other location. Official travel is not counted. The weekly summary marks weeks that exceed this limit.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="203"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="249"/>
        <source>Hari libur dan cuti bersama {year}</source>
        <translation>Holidays and collective leave {year}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="250"/>
        <source>Jam kerja Ramadan {year}</source>
        <translation>Ramadan working hours {year}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="289"/>
        <source>{day} ditambahkan sebagai hari libur ({name}).</source>
        <translation>{day} added as a holiday ({name}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="302"/>
        <source>{day} sekarang hari kerja biasa.</source>
        <translation>{day} is now an ordinary working day.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="316"/>
        <source>{day} kembali mengikuti kalender nasional.</source>
        <translation>{day} follows the national calendar again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="352"/>
        <source>Tersimpan: {first} s.d. {last}, {hours} seminggu.</source>
        <translation>Saved: {first} to {last}, {hours} a week.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="364"/>
        <source>Belum diatur. Tanggal di atas perkiraan dari Idul Fitri ({day}); sesuaikan dengan surat edaran instansi Anda, lalu simpan.</source>
        <translation>Not set yet. The dates above are estimated from Eid al-Fitr ({day}); adjust them to your agency&apos;s circular, then save.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="370"/>
        <source>Belum diatur. Isi tanggal awal dan akhir Ramadan sesuai surat edaran instansi Anda.</source>
        <translation>Not set yet. Enter the first and last days of Ramadan as in your agency&apos;s circular.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="390"/>
        <source>Jam kerja Ramadan {year} disimpan.</source>
        <translation>Ramadan working hours {year} saved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="402"/>
        <source>Jam kerja Ramadan {year} dihapus; target harian kembali normal.</source>
        <translation>Ramadan working hours {year} deleted; the daily target returns to normal.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="431"/>
        <source>Tersimpan: paling banyak {n} hari seminggu.</source>
        <translation>Saved: at most {n} days a week.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="96"/>
        <source>Ramadan dan kerja di luar kantor</source>
        <translation>Ramadan and off-site work</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="98"/>
        <source>Hari libur daerah dan hari libur yang dijadikan hari kerja diatur di Pengaturan › Kalender kerja.</source>
        <translation>Regional holidays and holidays turned into working days are set under Settings › Work calendar.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="108"/>
        <source>Jam kerja Ramadan</source>
        <translation>Ramadan working hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="122"/>
        <source> jam</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="126"/>
        <source>&amp;Tahun</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="130"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="133"/>
        <source>&amp;Periode</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="134"/>
        <source>Jam kerja &amp;seminggu</source>
        <translation>&amp;Weekly working hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="137"/>
        <source>Kerja di luar kantor (berlaku untuk semua tahun)</source>
        <translation>Off-site work (applies to all years)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="140"/>
        <source> hari seminggu</source>
        <translation> days a week</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="143"/>
        <source>Paling &amp;banyak</source>
        <translation>At &amp;most</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="147"/>
        <source>PermenPANRB 4/2025: bila instansi menerapkan kerja fleksibel, paling banyak {n} hari kerja seminggu di Rumah, Kantor lain atau Lokasi lain. Dinas Luar tidak dihitung. Kemajuan menandai minggu yang melebihi batas ini.</source>
        <translation>PermenPANRB 4/2025: if the agency applies flexible working, at most {n} working days a week at Home, Another office or Other location. Official travel is not counted. Progress marks the weeks that exceed this limit.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="189"/>
        <source>Pakai jam kerja Ramadan tahun {year}</source>
        <translation>Use Ramadan working hours in {year}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="206"/>
        <source>Tersimpan: {first} s.d. {last}.</source>
        <translation>Saved: {first} to {last}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="210"/>
        <source>Belum diatur. Tanggal di atas perkiraan dari Idul Fitri; sesuaikan dengan surat edaran instansi Anda.</source>
        <translation>Not set yet. The dates above are estimated from Eid al-Fitr; adjust them to your agency&apos;s circular.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="213"/>
        <source>Belum diatur. Isi tanggal awal dan akhir Ramadan sesuai surat edaran instansi Anda.</source>
        <translation>Not set yet. Enter the first and last days of Ramadan as in your agency&apos;s circular.</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/cell_panel.py" line="46"/>
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/cell_panel.py" line="62"/>
        <source>Pilih sel untuk melihat berkasnya; klik dua kali untuk membukanya.</source>
        <translation>Select a cell to see its files; double-click to open one.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/cell_panel.py" line="70"/>
        <source>Berkas bermasalah yang bulannya tidak terbaca:</source>
        <translation>Problem files whose month cannot be read:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/cell_panel.py" line="78"/>
        <source>Belum ada ringkasan bulan ini di folder.</source>
        <translation>No summary for this month in the folder yet.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="26"/>
        <source>lengkap</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="27"/>
        <source>sebagian</source>
        <translation>partial</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="28"/>
        <source>kosong</source>
        <translation>unlogged</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="29"/>
        <source>libur</source>
        <translation>holiday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="30"/>
        <source>cuti/sakit/izin</source>
        <translation>leave/sick/excused</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="31"/>
        <source>dinas luar</source>
        <translation>official travel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="32"/>
        <source>akan datang</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="33"/>
        <source>bukan hari kerja</source>
        <translation>non-working day</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="62"/>
        <source>Target tercapai</source>
        <translation>Target reached</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="63"/>
        <source>Sesuai jadwal</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="64"/>
        <source>Tertinggal</source>
        <translation>Behind</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="65"/>
        <source>Belum dimulai</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="74"/>
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="75"/>
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="79"/>
        <source>Capaian ini catatan pribadi pegawai, bukan predikat kinerja resmi. Predikat ditetapkan oleh Pejabat Penilai Kinerja.</source>
        <translation>This progress is the employee&apos;s own record, not the official performance rating (predikat). The rating is given by the appraising official (Pejabat Penilai Kinerja).</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="112"/>
        <source>Ringkasan {month} tidak bisa dihitung: {error}</source>
        <translation>The summary of {month} cannot be computed: {error}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="143"/>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="144"/>
        <source>Kembali ke bulan ini</source>
        <translation>Back to this month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="160"/>
        <source>PageUp/PageDown: pindah bulan • klik tanggal untuk membukanya</source>
        <translation>PageUp/PageDown: change month • click a date to open it</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="183"/>
        <source>Jam tercatat bulan ini</source>
        <translation>Hours logged this month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="184"/>
        <source>Saldo berjalan</source>
        <translation>Running balance</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="185"/>
        <source>Hari terisi / hari kerja</source>
        <translation>Days logged / working days</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="201"/>
        <source>Kalender bulan</source>
        <translation>Month calendar</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="266"/>
        <source>Bulan sebelumnya (PageUp)</source>
        <translation>Previous month (PageUp)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="269"/>
        <source>Bulan berikutnya (PageDown)</source>
        <translation>Next month (PageDown)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="283"/>
        <source>dari target bulan {expected} ({percent}%)</source>
        <translation>of the month&apos;s target {expected} ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="289"/>
        <source>tidak ada target jam bulan ini</source>
        <translation>no hour target this month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="296"/>
        <source>bulan ini belum dimulai</source>
        <translation>this month has not started yet</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="303"/>
        <source>terhadap target sebulan penuh {expected}</source>
        <translation>against the full month&apos;s target {expected}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="305"/>
        <source>terhadap target s.d. hari ini {expected}</source>
        <translation>against the target to date {expected}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="317"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{n} kosong&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{n} unlogged&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="320"/>
        <source>tidak ada yang kosong</source>
        <translation>none unlogged</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="322"/>
        <source>{n} berketerangan</source>
        <translation>{n} accounted for</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="324"/>
        <source>{n} akan datang</source>
        <translation>{n} upcoming</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="327"/>
        <source>Hari terisi: hari dengan kegiatan. Berketerangan: cuti, sakit, izin, tugas belajar atau dinas luar.</source>
        <translation>Days logged: days with activities. Accounted for: leave, sick, excused absence, study assignment or official travel.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="333"/>
        <source>Tahun {year} s.d. hari ini</source>
        <translation>Year {year} to date</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="336"/>
        <source>dari patokan {yardstick} setahun&lt;br&gt;bagian s.d. hari ini: {share}</source>
        <translation>of the {yardstick} yearly yardstick&lt;br&gt;share to date: {share}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="344"/>
        <source>1.250 jam setahun adalah jam kerja efektif untuk analisis beban kerja, bukan aturan kehadiran. Target jadwal kerja s.d. hari ini: {expected} (saldo {balance}).</source>
        <translation>1,250 hours a year is the effective working time used in workload analysis, not an attendance rule. Work schedule target to date: {expected} (balance {balance}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="357"/>
        <source>&lt;b style=&apos;color:{color}&apos;&gt;Hari kerja belum diisi ({n}):&lt;/b&gt; {days} &lt;span style=&apos;color:{muted}&apos;&gt;— klik untuk mengisi, atau beri status (cuti, sakit, dinas luar).&lt;/span&gt;</source>
        <translation>&lt;b style=&apos;color:{color}&apos;&gt;Working days not yet filled in ({n}):&lt;/b&gt; {days} &lt;span style=&apos;color:{muted}&apos;&gt;— click to fill in, or give a status (leave, sick, official travel).&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="364"/>
        <source>&lt;span style=&apos;color:{muted}&apos;&gt;Bulan ini belum dimulai.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{muted}&apos;&gt;This month has not started yet.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="368"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;✔ Semua hari kerja s.d. hari ini sudah terisi atau berketerangan.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;✔ Every working day to date is logged or accounted for.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="393"/>
        <source>minggu {range}: &lt;b&gt;{n} hari&lt;/b&gt; ({days})</source>
        <translation>week {range}: &lt;b&gt;{n} days&lt;/b&gt; ({days})</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="399"/>
        <source>⚠ &lt;b&gt;Kerja di luar kantor melebihi batas {limit} hari seminggu&lt;/b&gt; pada {weeks}. PermenPANRB 4/2025 membatasi kerja di luar kantor (Rumah, Kantor lain, Lokasi lain) paling banyak {limit} hari kerja seminggu, kecuali tugasnya memang di luar kantor; Dinas Luar tidak dihitung. Batas {limit} hari ini adalah pengaturan yang bisa disesuaikan dengan kebijakan instansi.</source>
        <translation>⚠ &lt;b&gt;Off-site work exceeds the limit of {limit} days a week&lt;/b&gt; in {weeks}. PermenPANRB 4/2025 limits off-site work (Home, Another office, Other location) to at most {limit} working days a week, unless the duty itself is off-site; official travel is not counted. The limit of {limit} days is a setting that can be adjusted to the agency&apos;s policy.</translation>
    </message>
</context>
<context>
    <name>DataProblem</name>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="59"/>
        <source>Pulihkan cadangan terakhir</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="61"/>
        <source>Coba lagi</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="62"/>
        <source>Buka folder lain…</source>
        <translation>Open another folder…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="63"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="80"/>
        <source>{when}, {reason}</source>
        <translation>{when}, {reason}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="82"/>
        <source>, {n} kegiatan</source>
        <translation>, {n} activities</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="83"/>
        <source>“Pulihkan cadangan terakhir” mengembalikan data seperti pada cadangan itu ({backup}).</source>
        <translation>“Restore the latest backup” brings the data back as it was in that backup ({backup}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="87"/>
        <source>Berkas yang bermasalah tidak dihapus, tetapi disimpan di folder cadangan.</source>
        <translation>The problem file is not deleted but kept in the backup folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="90"/>
        <source>“Buka folder lain…” membuka data Absensi di folder lain, atau memulai data baru di folder kosong.</source>
        <translation>“Open another folder…” opens Absensi data in another folder, or starts new data in an empty folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="92"/>
        <source>“Keluar” menutup Absensi tanpa mengubah apa pun.</source>
        <translation>“Exit” closes Absensi without changing anything.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="105"/>
        <source>Data Absensi tidak bisa dibuka</source>
        <translation>The Absensi data cannot be opened</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="119"/>
        <source>Pemulihan gagal: {e}.</source>
        <translation>The restore failed: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/data_problem.py" line="126"/>
        <source>Pilih folder data Absensi</source>
        <translation>Choose an Absensi data folder</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="161"/>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="166"/>
        <source>mis. nomor surat tugas</source>
        <translation>e.g. assignment letter number</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="167"/>
        <source>Status hari</source>
        <translation>Day status</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="168"/>
        <source>S&amp;tatus</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="169"/>
        <source>Jenis cuti</source>
        <translation>Leave type</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="170"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="171"/>
        <source>Jumlah jam</source>
        <translation>Total hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="172"/>
        <source>Buka kunci…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="173"/>
        <source>Buka kunci bulan ini untuk mengubah kegiatan (alasannya dicatat di riwayat)</source>
        <translation>Unlock this month to change activities (the reason is recorded in the history)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="188"/>
        <source>Tidak ada kegiatan pada hari ini. Bulan ini terkunci; buka kuncinya bila memang perlu menambah kegiatan.</source>
        <translation>No activities on this day. This month is locked; unlock it if you really need to add activities.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="190"/>
        <source>Tanggal ini belum terjadi. Kegiatan belum bisa dicatat, tetapi status hari (mis. cuti) bisa diisi di kiri.</source>
        <translation>This date has not come yet. Activities cannot be logged yet, but the day status (e.g. leave) can be set on the left.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="192"/>
        <source>Belum ada kegiatan pada hari ini. Isi formulir di bawah, atau salin dari hari sebelumnya (Ctrl+Shift+C).</source>
        <translation>No activities on this day yet. Fill in the form below, or copy from the previous day (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="199"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="201"/>
        <source>Hari libur: {name}</source>
        <translation>Holiday: {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="203"/>
        <source>Bukan hari kerja</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="214"/>
        <source>&lt;b&gt;{month} terkunci&lt;/b&gt; (ringkasan revisi {revision} diekspor {when}). Kegiatan dan status hari di bulan ini tidak bisa diubah.</source>
        <translation>&lt;b&gt;{month} is locked&lt;/b&gt; (summary revision {revision} exported {when}). Activities and day statuses in this month cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="245"/>
        <source>Tercatat &lt;b&gt;{total}&lt;/b&gt; dari target {expected}</source>
        <translation>Logged &lt;b&gt;{total}&lt;/b&gt; of the target {expected}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="253"/>
        <source>Tercatat &lt;b&gt;{total}&lt;/b&gt; (tidak ada target hari ini)</source>
        <translation>Logged &lt;b&gt;{total}&lt;/b&gt; (no target today)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/day_panel.py" line="257"/>
        <source>{month}: {total} pada %n hari</source>
        <translation>
            <numerusform>{month}: {total} on %n day</numerusform>
            <numerusform>{month}: {total} over %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="128"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="144"/>
        <source>Keputusan pejabat penilai</source>
        <translation>Appraising official&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="146"/>
        <source>Keputusan pejabat penilai (sertifikatnya belum dikenal)</source>
        <translation>Appraising official&apos;s decision (certificate not yet known)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="150"/>
        <source>DISETUJUI</source>
        <translation>APPROVED</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="153"/>
        <source>DIKEMBALIKAN UNTUK DIPERBAIKI</source>
        <translation>RETURNED FOR CORRECTION</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="156"/>
        <source>tidak dikenal</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="157"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="159"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="160"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="163"/>
        <source>Hasil Kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="164"/>
        <source>Perilaku Kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="167"/>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="169"/>
        <source>Penilaian</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="169"/>
        <source>tidak diberikan</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="171"/>
        <source>RHK no. {n}: {name}</source>
        <translation>RHK no. {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="176"/>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="182"/>
        <source>Keputusan TIDAK BERLAKU</source>
        <translation>Decision NOT VALID</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="185"/>
        <source>Keputusan di berkas ini ditandatangani atas nama Anda dengan sertifikat yang bukan milik Anda. Itu bukan keputusan Anda: jangan kirim, terapkan atau catat sebagai keputusan.</source>
        <translation>The decision in this file was signed in your name with a certificate that is not yours. It is not your decision: do not send, apply or record it as a decision.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="189"/>
        <source>Ringkasan di berkas ini dipalsukan atas nama Anda, jadi keputusan di dalamnya tidak berlaku dan tidak bisa diterapkan.</source>
        <translation>The summary in this file was forged in your name, so the decision in it is not valid and cannot be applied.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="76"/>
        <source>Setujui ringkasan</source>
        <translation>Approve summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="76"/>
        <source>Kembalikan ringkasan</source>
        <translation>Return summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="81"/>
        <source>Ringkasan {month} revisi {revision} dari {name} (NIP {nip}).</source>
        <translation>Summary of {month}, revision {revision}, from {name} (NIP {nip}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="89"/>
        <source>Tanda tangan elektronik Anda ditambahkan ke berkas ini bersama keputusan, catatan dan penilaian di bawah. Isi ringkasan pegawai tidak berubah. Kirim berkas hasilnya kembali ke pegawai.</source>
        <translation>Your electronic signature is added to this file together with the decision, note and appraisal below. The employee&apos;s summary itself does not change. Send the resulting file back to the employee.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="95"/>
        <source>Pegawai akan melihat catatan Anda, dan bulan itu dibuka lagi di aplikasinya untuk diperbaiki. Tanda tangan elektronik Anda ditambahkan ke berkas ini; kirim berkas hasilnya kembali ke pegawai.</source>
        <translation>The employee will see your note, and the month is reopened in their app for correction. Your electronic signature is added to this file; send the resulting file back to the employee.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="104"/>
        <source>Mis. terima kasih, pertahankan.</source>
        <translation>E.g. thank you, keep it up.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="106"/>
        <source>Wajib: apa yang perlu diperbaiki, mis. lengkapi bukti dukung tanggal 12.</source>
        <translation>Required: what needs correcting, e.g. complete the supporting evidence for the 12th.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="110"/>
        <source>&amp;Catatan (boleh kosong)</source>
        <translation>&amp;Note (may be empty)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="110"/>
        <source>&amp;Catatan (wajib)</source>
        <translation>&amp;Note (required)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="119"/>
        <source>Penilaian kinerja (opsional)</source>
        <translation>Performance appraisal (optional)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="121"/>
        <source>&amp;Hasil Kerja</source>
        <translation>Work &amp;results</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="122"/>
        <source>&amp;Perilaku Kerja</source>
        <translation>Work &amp;behaviour</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="123"/>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="125"/>
        <source>Predikat mengikuti tabel PermenPANRB 6/2022 dari kedua penilaian.</source>
        <translation>The rating (predikat) follows the table of PermenPANRB 6/2022 from both appraisals.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="135"/>
        <source>frasa sandi kunci tanda tangan Anda</source>
        <translation>your signing key&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="141"/>
        <source>Setujui dan tanda tangani…</source>
        <translation>Approve and sign…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="141"/>
        <source>Kembalikan dan tanda tangani…</source>
        <translation>Return and sign…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="145"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="151"/>
        <source>&amp;Frasa sandi</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="178"/>
        <source>— tidak dinilai —</source>
        <translation>— not appraised —</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="179"/>
        <source>Di Atas Ekspektasi</source>
        <translation>Above expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="180"/>
        <source>Sesuai Ekspektasi</source>
        <translation>Meets expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="181"/>
        <source>Di Bawah Ekspektasi</source>
        <translation>Below expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="201"/>
        <source>Pilih kedua penilaian untuk melihat predikat.</source>
        <translation>Choose both appraisals to see the rating.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="206"/>
        <source>Tanpa penilaian: hanya keputusan yang dicatat.</source>
        <translation>No appraisal: only the decision is recorded.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="223"/>
        <source>Tulis catatan apa yang perlu diperbaiki sebelum mengembalikan.</source>
        <translation>Write a note on what needs correcting before returning.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="227"/>
        <source>Catatan terlalu panjang (paling banyak {n} karakter).</source>
        <translation>The note is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="233"/>
        <source>Pilih Hasil Kerja dan Perilaku Kerja bersama-sama, atau kosongkan keduanya.</source>
        <translation>Choose Work results and Work behaviour together, or leave both empty.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="239"/>
        <source>Umpan balik RHK no. {id} terlalu panjang (paling banyak {n} karakter).</source>
        <translation>The feedback for RHK no. {id} is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="244"/>
        <source>Isi frasa sandi kunci tanda tangan Anda.</source>
        <translation>Enter your signing key&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="269"/>
        <source>Simpan ringkasan bertanda tangan</source>
        <translation>Save the signed summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="270"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="272"/>
        <source>Belum disimpan: pilih tempat menyimpan berkas, lalu coba lagi.</source>
        <translation>Not saved: choose where to save the file, then try again.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="171"/>
        <source>Hanya durasi</source>
        <translation>Duration only</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="172"/>
        <source>Catat lamanya saja, tanpa jam mulai dan selesai</source>
        <translation>Log only the length, without start and end times</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="173"/>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="176"/>
        <source>Uraian kegiatan, mis. Menyusun laporan capaian kinerja bulanan</source>
        <translation>Activity description, e.g. Drafting the monthly performance report</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="177"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="178"/>
        <source>Jumlah output; biarkan – bila tidak ada</source>
        <translation>Output quantity; leave – if there is none</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="179"/>
        <source>satuan, mis. laporan</source>
        <translation>unit, e.g. report</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="180"/>
        <source>tautan bukti dukung (https://...)</source>
        <translation>supporting evidence link (https://...)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="181"/>
        <source>Lampirkan berkas…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="182"/>
        <source>Lepaskan berkas bukti</source>
        <translation>Remove the evidence file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="58"/>
        <source>ketik sebagian nama RHK</source>
        <translation>type part of an RHK name</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="59"/>
        <source>Rencana Hasil Kerja (RHK) SKP yang didukung kegiatan ini; ketik untuk mencari</source>
        <translation>The SKP&apos;s Rencana Hasil Kerja (RHK, planned work result) this activity supports; type to search</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="61"/>
        <source>Rencana Aksi dari RHK terpilih (boleh dikosongkan)</source>
        <translation>Rencana Aksi (action plan) of the selected RHK (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="62"/>
        <source>Rencana &amp;Aksi</source>
        <translation>Rencana &amp;Aksi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="183"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="184"/>
        <source>Simpan kegiatan (Ctrl+S atau Ctrl+Enter)</source>
        <translation>Save the activity (Ctrl+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="185"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="186"/>
        <source>Batalkan perubahan (Esc)</source>
        <translation>Discard the changes (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="187"/>
        <source>&amp;Lokasi</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="188"/>
        <source>&amp;Bukti</source>
        <translation>Evide&amp;nce</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="189"/>
        <source>&amp;Jam</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="189"/>
        <source>&amp;Uraian</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="189"/>
        <source>R&amp;HK</source>
        <translation>RH&amp;K</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="189"/>
        <source>&amp;Output</source>
        <translation>&amp;Output</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="170"/>
        <location filename="../../src/absensi_app/views/entry_form.py" line="230"/>
        <source>Kegiatan baru</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="170"/>
        <location filename="../../src/absensi_app/views/entry_form.py" line="252"/>
        <source>Ubah kegiatan</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="341"/>
        <source>RHK “{text}” tidak ada di daftar. Pilih RHK dari daftar, atau kosongkan.</source>
        <translation>RHK “{text}” is not in the list. Choose an RHK from the list, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="66"/>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="113"/>
        <source>— tanpa RHK —</source>
        <translation>— no RHK —</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="119"/>
        <source>RHK nomor {id} (tidak ada di daftar RHK hari ini)</source>
        <translation>RHK number {id} (not in today&apos;s RHK list)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="151"/>
        <source>RHK utama</source>
        <translation>Main RHK</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="152"/>
        <source>RHK tambahan</source>
        <translation>Additional RHK</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="155"/>
        <source>IKI: {text}</source>
        <translation>IKI: {text}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="156"/>
        <source>Target: {n} {unit}</source>
        <translation>Target: {n} {unit}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="73"/>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="164"/>
        <source>— tanpa Rencana Aksi —</source>
        <translation>— no Rencana Aksi —</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_rhk.py" line="170"/>
        <source>Rencana Aksi nomor {id}</source>
        <translation>Rencana Aksi number {id}</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="27"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="28"/>
        <source>Durasi</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="29"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="30"/>
        <source>Uraian kegiatan</source>
        <translation>Activity description</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="31"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="32"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="73"/>
        <source>(durasi)</source>
        <translation>(duration)</translation>
    </message>
</context>
<context>
    <name>EntryTemplates</name>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="161"/>
        <source>Lokasi: {place}</source>
        <translation>Location: {place}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="163"/>
        <source>RHK nomor {id}</source>
        <translation>RHK number {id}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="165"/>
        <source>Satuan: {unit}</source>
        <translation>Unit: {unit}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="167"/>
        <source>Biasanya {duration}</source>
        <translation>Usually {duration}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="203"/>
        <source>RHK templat ini (nomor {id}) tidak ada di daftar RHK tanggal ini: sudah dihapus, atau di luar periode SKP. Kegiatan diisi tanpa RHK; pilih sendiri bila perlu.</source>
        <translation>This template&apos;s RHK (number {id}) is not in this date&apos;s RHK list: it was deleted, or it lies outside the SKP period. The activity is filled in without an RHK; choose one yourself if needed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="209"/>
        <source>Rencana Aksi templat ini tidak berlaku untuk tanggal ini; pilih sendiri bila perlu.</source>
        <translation>This template&apos;s Rencana Aksi does not apply to this date; choose one yourself if needed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="225"/>
        <source>Durasi biasa templat ini ({duration}) dari jam {start} melewati tengah malam; isi jam selesai sendiri.</source>
        <translation>This template&apos;s usual duration ({duration}) from {start} runs past midnight; enter the end time yourself.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="298"/>
        <source>Jadikan &amp;templat…</source>
        <translation>Make a &amp;template…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="299"/>
        <source>Simpan kegiatan terpilih sebagai templat kegiatan berulang</source>
        <translation>Save the selected activity as a template of a recurring activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="321"/>
        <source>Isi dulu uraian kegiatan: templat menyimpan uraian, lokasi, RHK, Rencana Aksi, satuan dan durasi isian ini.</source>
        <translation>First enter the activity description: a template keeps this entry&apos;s description, location, RHK, Rencana Aksi, unit and duration.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="335"/>
        <source>Pilih dulu kegiatan di tabel yang akan dijadikan templat.</source>
        <translation>First select the activity in the table to make into a template.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="341"/>
        <source>Simpan sebagai templat</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="342"/>
        <source>Templat menyimpan uraian, lokasi, RHK dan Rencana Aksi, satuan dan durasi biasa.

Nama templat (mis. “Rapat mingguan”):</source>
        <translation>A template keeps the description, location, RHK and Rencana Aksi, unit and usual duration.

Template name (e.g. “Weekly meeting”):</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="353"/>
        <source>Templat bernama “{name}” sudah ada.</source>
        <translation>A template named “{name}” already exists.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="354"/>
        <source>Ganti yang lama</source>
        <translation>Replace the old one</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="354"/>
        <source>Pakai nama lain…</source>
        <translation>Use another name…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="355"/>
        <source>Biarkan yang lama</source>
        <translation>Keep the old one</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="356"/>
        <source>Isinya sekarang: {details}</source>
        <translation>Its content now: {details}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="362"/>
        <source>Templat “{name}” dibiarkan seperti semula.</source>
        <translation>Template “{name}” left as it was.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="373"/>
        <source>Templat “{name}” disimpan. Pilih dari tombol Templat (Ctrl+Shift+P).</source>
        <translation>Template “{name}” saved. Choose it from the Template button (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="389"/>
        <source>Diisi dari templat “{name}”; isian yang sudah diketik tidak diubah.</source>
        <translation>Filled in from the template “{name}”; fields already typed were not changed.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/absensi_app/config.py" line="79"/>
        <source>&apos;{p}&apos; adalah berkas, bukan folder, jadi tidak bisa menjadi folder data Absensi. Pilih folder lain dengan --data-dir.</source>
        <translation>&apos;{p}&apos; is a file, not a folder, so it cannot be an Absensi data folder. Choose another folder with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/config.py" line="91"/>
        <source>Folder data &apos;{p}&apos; tidak bisa dibuat atau ditulisi ({e}). Pilih folder lain dengan --data-dir atau periksa izinnya.</source>
        <translation>The data folder &apos;{p}&apos; cannot be created or written to ({e}). Choose another folder with --data-dir or check its permissions.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/errors.py" line="41"/>
        <source>Profil pegawai belum dibuat. Jalankan &apos;absensi init&apos; atau buka aplikasi untuk mengisinya.</source>
        <translation>The employee profile has not been created yet. Run &apos;absensi init&apos; or open the application to fill it in.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/model.py" line="36"/>
        <source>Lokasi &apos;{code}&apos; tidak dikenal. Pilih salah satu: {choices}.</source>
        <translation>Unknown location &apos;{code}&apos;. Choose one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/model.py" line="87"/>
        <source>Status hari &apos;{code}&apos; tidak dikenal. Pilih salah satu: {choices}.</source>
        <translation>Unknown day status &apos;{code}&apos;. Choose one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/model.py" line="129"/>
        <source>Jenis cuti &apos;{code}&apos; tidak dikenal. Pilih salah satu: {choices}.</source>
        <translation>Unknown leave type &apos;{code}&apos;. Choose one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="74"/>
        <source>NIP wajib diisi (18 digit).</source>
        <translation>The NIP is required (18 digits).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="77"/>
        <source>NIP hanya boleh berisi angka (spasi boleh sebagai pemisah).</source>
        <translation>The NIP may contain only digits (spaces are allowed as separators).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="81"/>
        <source>NIP harus 18 digit; yang diisi {count} digit.</source>
        <translation>The NIP must have 18 digits; {count} digits were entered.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="88"/>
        <source>Digit 1-8 NIP harus tanggal lahir (TTTTBBHH); &apos;{part}&apos; bukan tanggal yang sah.</source>
        <translation>Digits 1-8 of the NIP must be the date of birth (YYYYMMDD); &apos;{part}&apos; is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="95"/>
        <source>Tanggal lahir pada NIP ({part}) tidak masuk akal.</source>
        <translation>The date of birth in the NIP ({part}) is not plausible.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="100"/>
        <source>Digit 9-12 NIP harus tahun pengangkatan; {year} tidak cocok dengan tahun lahir {born}.</source>
        <translation>Digits 9-12 of the NIP must be the year of appointment; {year} does not fit the year of birth {born}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="108"/>
        <source>Digit ke-15 NIP adalah jenis kelamin (1 laki-laki, 2 perempuan); tertulis &apos;{digit}&apos;.</source>
        <translation>Digit 15 of the NIP is the sex (1 male, 2 female); it reads &apos;{digit}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="114"/>
        <source>Nomor urut NIP (digit 16-18) tidak boleh 000.</source>
        <translation>The NIP&apos;s sequence number (digits 16-18) cannot be 000.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="119"/>
        <source>Digit 13-14 NIP PNS harus bulan pengangkatan (01-12); tertulis &apos;{code}&apos;.</source>
        <translation>Digits 13-14 of a PNS NIP must be the month of appointment (01-12); it reads &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rhk_feedback.py" line="125"/>
        <source>RHK no. {id} tidak ada di ringkasan ini (RHK yang ada: {known}).</source>
        <translation>RHK no. {id} is not in this summary (RHKs present: {known}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rhk_feedback.py" line="129"/>
        <source>Umpan balik untuk RHK {id} diberikan lebih dari sekali.</source>
        <translation>Feedback for RHK {id} was given more than once.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rhk_feedback.py" line="134"/>
        <source>Umpan balik RHK {id} terlalu panjang (paling banyak {n} karakter).</source>
        <translation>The feedback for RHK {id} is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="73"/>
        <source>{label} memuat {kind} (U+{code:04X}) yang tidak boleh ada; hapus karakter itu.</source>
        <translation>{label} contains {kind} (U+{code:04X}), which is not allowed; delete that character.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="82"/>
        <source>{label} hanya berisi karakter tak terlihat (mis. U+{code:04X}); tulis teks yang bisa dibaca.</source>
        <translation>{label} contains only invisible characters (e.g. U+{code:04X}); write readable text.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="109"/>
        <location filename="../../src/absensi_app/domain/rules.py" line="136"/>
        <source>Tanggal {day} terlalu lampau (paling awal {earliest}).</source>
        <translation>The date {day} is too far in the past (earliest {earliest}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="115"/>
        <source>Status hari hanya bisa diisi sampai satu tahun ke depan.</source>
        <translation>A day status can only be set up to one year ahead.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="130"/>
        <source>Tanggal {day} belum terjadi; kegiatan hanya bisa dicatat sampai hari ini.</source>
        <translation>The date {day} has not come yet; activities can only be logged up to today.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="143"/>
        <source>Uraian kegiatan wajib diisi.</source>
        <translation>The activity description is required.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="96"/>
        <source>Uraian kegiatan terlalu panjang ({length} karakter; paling banyak {limit}).</source>
        <translation>The activity description is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/database.py" line="42"/>
        <source>Alamat arsip belum disebut: pakai --db postgresql://PENGGUNA@SERVER/DATABASE atau isi variabel lingkungan {env}.</source>
        <translation>No archive address given: use --db postgresql://USER@SERVER/DATABASE or set the environment variable {env}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/database.py" line="50"/>
        <location filename="../../src/absensi_app/archive/database.py" line="54"/>
        <source>&apos;{url}&apos; bukan alamat PostgreSQL; tulis postgresql://PENGGUNA@SERVER:PORT/DATABASE.</source>
        <translation>&apos;{url}&apos; is not a PostgreSQL address; write postgresql://USER@SERVER:PORT/DATABASE.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/database.py" line="58"/>
        <source>Alamat arsip memuat kata sandi; kata sandi tidak pernah ditulis di baris perintah. Hapus kata sandinya dari alamat dan pakai berkas ~/.pgpass, variabel PGPASSWORD atau PGSERVICE; di terminal, kata sandi ditanyakan bila server memintanya.</source>
        <translation>The archive address contains a password; passwords are never written on the command line. Remove the password from the address and use a ~/.pgpass file, the PGPASSWORD or PGSERVICE variable; in a terminal, the password is asked for when the server requires it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/database.py" line="133"/>
        <source>Server PostgreSQL {server} meminta kata sandi untuk pengguna {user}: isi berkas ~/.pgpass atau variabel PGPASSWORD, atau jalankan perintah ini di terminal agar ditanyakan.</source>
        <translation>The PostgreSQL server {server} asks for a password for the user {user}: fill in a ~/.pgpass file or the PGPASSWORD variable, or run this command in a terminal to be asked for it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/database.py" line="138"/>
        <source>Server PostgreSQL {server} menolak kata sandi pengguna {user}.</source>
        <translation>The PostgreSQL server {server} refused the password of the user {user}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/database.py" line="141"/>
        <source>Database &apos;{db}&apos; tidak ada di server PostgreSQL {server}; buat dulu (createdb) lalu jalankan &apos;absensi arsip init&apos;.</source>
        <translation>The database &apos;{db}&apos; does not exist on the PostgreSQL server {server}; create it first (createdb), then run &apos;absensi arsip init&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/database.py" line="146"/>
        <source>Server PostgreSQL {server} tidak bisa dihubungi ({where}): {detail}</source>
        <translation>The PostgreSQL server {server} cannot be reached ({where}): {detail}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/database.py" line="148"/>
        <source>Arsip {where} tidak bisa dipakai: {detail}</source>
        <translation>The archive {where} cannot be used: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/inbox.py" line="31"/>
        <source>&apos;{p}&apos; tidak ada.</source>
        <translation>&apos;{p}&apos; does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/inbox.py" line="33"/>
        <source>&apos;{p}&apos; tidak bisa dibaca: {e}.</source>
        <translation>&apos;{p}&apos; cannot be read: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/inbox.py" line="47"/>
        <source>&apos;{p}&apos; bukan folder atau berkas biasa; tidak dibaca.</source>
        <translation>&apos;{p}&apos; is neither a folder nor a regular file; not read.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/ingest.py" line="262"/>
        <source>Pekerja arsip gagal: {e}</source>
        <translation>The archive worker failed: {e}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/ingest.py" line="357"/>
        <source>Proses pemeriksa berkas berhenti tak terduga; berkas yang sudah disimpan tetap ada. Jalankan ulang ingest (berkas yang sudah ada dilewati).</source>
        <translation>The file checking process stopped unexpectedly; the files already stored remain. Run ingest again (files already present are skipped).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/migrate.py" line="38"/>
        <source>Arsip ini dibuat oleh versi Absensi yang lebih baru (revisi skema {rev}); perbarui Absensi dulu. Arsip tidak diubah.</source>
        <translation>This archive was made by a newer version of Absensi (schema revision {rev}); update Absensi first. The archive was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/migrate.py" line="76"/>
        <source>Database itu belum berisi arsip Absensi; jalankan &apos;absensi arsip init --db URL&apos; dulu.</source>
        <translation>That database does not hold an Absensi archive yet; run &apos;absensi arsip init --db URL&apos; first.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/migrate.py" line="80"/>
        <source>Skema arsip ini versi lama (revisi {rev}); jalankan &apos;absensi arsip init --db URL&apos; untuk memperbaruinya.</source>
        <translation>This archive&apos;s schema is an old version (revision {rev}); run &apos;absensi arsip init --db URL&apos; to update it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/service.py" line="104"/>
        <source>Berkas dengan SHA-256 {sha} tidak ada di arsip.</source>
        <translation>There is no file with SHA-256 {sha} in the archive.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/trust.py" line="118"/>
        <source>Sertifikat itu tidak memuat NIP (serialNumber) dan bukan sertifikat CA, jadi tidak bisa dicocokkan dengan pegawai.</source>
        <translation>That certificate holds no NIP (serialNumber) and is not a CA certificate, so it cannot be matched to an employee.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/trust.py" line="143"/>
        <source>Tidak ada sertifikat tepercaya di arsip dengan sidik jari &apos;{key}&apos;.</source>
        <translation>There is no trusted certificate in the archive with the fingerprint &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="147"/>
        <source>Isi jam mulai dan jam selesai sekaligus, atau kosongkan keduanya dan isi durasinya.</source>
        <translation>Enter both the start and the end time, or leave both empty and enter the duration.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="153"/>
        <source>Jam selesai ({end}) harus setelah jam mulai ({start}).</source>
        <translation>The end time ({end}) must be after the start time ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="160"/>
        <source>Durasi tidak cocok dengan jam mulai dan jam selesai.</source>
        <translation>The duration does not match the start and end times.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="165"/>
        <source>Isi jam mulai dan jam selesai, atau durasi kegiatan.</source>
        <translation>Enter the start and end times, or the activity&apos;s duration.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="168"/>
        <source>Durasi kegiatan harus lebih dari 0 menit.</source>
        <translation>The activity&apos;s duration must be more than 0 minutes.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="171"/>
        <source>Durasi {minutes} menit melebihi 24 jam.</source>
        <translation>A duration of {minutes} minutes exceeds 24 hours.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="178"/>
        <source>Jumlah output {qty} tidak masuk akal; isi angka bulat 1 sampai {limit}.</source>
        <translation>An output quantity of {qty} is not plausible; enter a whole number from 1 to {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="185"/>
        <source>Isi satuan output (misalnya laporan, dokumen, kegiatan).</source>
        <translation>Enter the output unit (for example report, document, event).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="188"/>
        <source>Isi jumlah output untuk satuan &apos;{unit}&apos;.</source>
        <translation>Enter the output quantity for the unit &apos;{unit}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="191"/>
        <location filename="../../src/absensi_app/domain/templates.py" line="52"/>
        <location filename="../../src/absensi_app/services/timer.py" line="146"/>
        <source>Satuan output terlalu panjang (paling banyak {limit} karakter).</source>
        <translation>The output unit is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="202"/>
        <source>Tautan bukti dukung harus alamat web lengkap (diawali http:// atau https://).</source>
        <translation>The supporting evidence link must be a full web address (starting with http:// or https://).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="214"/>
        <source>Waktu {start}-{end} bertumpuk dengan kegiatan {ostart}-{oend} «{text}» pada hari yang sama.</source>
        <translation>The time {start}-{end} overlaps the activity {ostart}-{oend} «{text}» on the same day.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="226"/>
        <source>Total kegiatan pada {day} menjadi {hours} jam {mins} menit, melebihi 24 jam sehari.</source>
        <translation>The activities on {day} would total {hours} h {mins} min, more than 24 hours in a day.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="261"/>
        <location filename="../../src/absensi_app/domain/skp.py" line="143"/>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="264"/>
        <location filename="../../src/absensi_app/domain/skp.py" line="146"/>
        <location filename="../../src/absensi_app/services/profile.py" line="115"/>
        <source>{label} terlalu panjang (paling banyak {limit} karakter).</source>
        <translation>{label} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="274"/>
        <source>Jenis ASN harus &apos;pns&apos; atau &apos;pppk&apos;.</source>
        <translation>The ASN type must be &apos;pns&apos; or &apos;pppk&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="281"/>
        <source>NIP Pejabat Penilai Kinerja: {detail}</source>
        <translation>NIP of the appraising official: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="285"/>
        <source>NIP Pejabat Penilai Kinerja tidak boleh sama dengan NIP pegawai.</source>
        <translation>The appraising official&apos;s NIP cannot be the same as the employee&apos;s NIP.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="295"/>
        <source>Pilih paling sedikit satu hari kerja dalam seminggu.</source>
        <translation>Choose at least one working day in the week.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="297"/>
        <source>Hari kerja tidak sah.</source>
        <translation>Invalid working days.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="300"/>
        <source>Jam kerja seminggu harus antara 1 dan 112 jam; tertulis {hours} jam.</source>
        <translation>Weekly working hours must be between 1 and 112 hours; {hours} hours entered.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="306"/>
        <source>Dengan {days} hari kerja, {hours} jam seminggu berarti lebih dari 16 jam sehari.</source>
        <translation>With {days} working days, {hours} hours a week means more than 16 hours a day.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="52"/>
        <source>Jenis RHK &apos;{code}&apos; tidak dikenal. Pilih &apos;utama&apos; atau &apos;tambahan&apos;.</source>
        <translation>Unknown RHK type &apos;{code}&apos;. Choose &apos;utama&apos; (main) or &apos;tambahan&apos; (additional).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="163"/>
        <source>{label} harus bilangan bulat.</source>
        <translation>{label} must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="167"/>
        <source>{label} harus antara {low} dan {high}.</source>
        <translation>{label} must be between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="179"/>
        <source>Akhir periode SKP tidak boleh sebelum awalnya.</source>
        <translation>The end of the SKP period cannot be before its start.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="182"/>
        <source>Periode SKP paling lama satu tahun.</source>
        <translation>An SKP period is at most one year long.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="184"/>
        <source>Tahun periode SKP harus antara 2000 dan 2100.</source>
        <translation>The year of the SKP period must be between 2000 and 2100.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="193"/>
        <source>Rencana Aksi harus untuk satu bulan atau satu triwulan.</source>
        <translation>A Rencana Aksi must be for one month or one quarter.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="196"/>
        <source>Bulan harus 1 sampai 12.</source>
        <translation>The month must be 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="198"/>
        <source>Triwulan harus I sampai IV (1 sampai 4).</source>
        <translation>The quarter must be I to IV (1 to 4).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="204"/>
        <source>Rencana Aksi &apos;{span}&apos; berada di luar periode SKP ({period}).</source>
        <translation>Rencana Aksi &apos;{span}&apos; lies outside the SKP period ({period}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="222"/>
        <source>Satu RHK paling banyak memiliki {limit} Rencana Aksi.</source>
        <translation>An RHK can have at most {limit} Rencana Aksi (action plans).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="106"/>
        <source>Berkas ini bukan rencana SKP Absensi (kunci &quot;format&quot; harus &quot;{format}&quot;).</source>
        <translation>This file is not an Absensi SKP plan (the key &quot;format&quot; must be &quot;{format}&quot;).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="112"/>
        <source>Versi rencana SKP {version} tidak dikenal; versi yang didukung: {supported}.</source>
        <translation>Unknown SKP plan version {version}; supported versions: {supported}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="118"/>
        <source>Bagian &quot;period&quot; tidak ada atau bukan objek.</source>
        <translation>The &quot;period&quot; section is missing or is not an object.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="124"/>
        <source>Tanggal periode harus berbentuk YYYY-MM-DD (&quot;first&quot; dan &quot;last&quot;).</source>
        <translation>Period dates must have the form YYYY-MM-DD (&quot;first&quot; and &quot;last&quot;).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="137"/>
        <source>Bagian &quot;rhk&quot; harus berupa daftar.</source>
        <translation>The &quot;rhk&quot; section must be a list.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="140"/>
        <location filename="../../src/absensi_app/services/skp_rows.py" line="125"/>
        <source>Satu periode SKP paling banyak memiliki {limit} RHK.</source>
        <translation>An SKP period can have at most {limit} RHKs.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="154"/>
        <source>{where}nama RHK sama dengan RHK ke-{other}.</source>
        <translation>{where}the RHK name is the same as RHK no. {other}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="163"/>
        <source>isinya harus objek JSON.</source>
        <translation>its content must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="167"/>
        <source>&quot;actions&quot; harus berupa daftar.</source>
        <translation>&quot;actions&quot; must be a list.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/pdf/labels.py" line="264"/>
        <source>Bahasa laporan &apos;{lang}&apos; tidak dikenal; pilih id (Indonesia) atau en (English).</source>
        <translation>Unknown report language &apos;{lang}&apos;; choose id (Indonesian) or en (English).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/sheets.py" line="171"/>
        <source>Folder {folder} tidak ditemukan, sehingga {what} tidak dapat disimpan. Pilih folder lain atau buat folder itu terlebih dahulu.</source>
        <translation>The folder {folder} was not found, so {what} cannot be saved. Choose another folder or create that folder first.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/sheets.py" line="178"/>
        <source>{folder} bukan folder, sehingga {what} tidak dapat disimpan di sana.</source>
        <translation>{folder} is not a folder, so {what} cannot be saved there.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/sheets.py" line="184"/>
        <source>{path} adalah folder; pilih nama berkas untuk {what}.</source>
        <translation>{path} is a folder; choose a file name for {what}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/sheets.py" line="188"/>
        <source>Tidak ada izin untuk menulis {path}. Berkas itu mungkin sedang dibuka di aplikasi lain (misalnya Excel) atau foldernya hanya bisa dibaca; tutup berkasnya atau pilih folder lain.</source>
        <translation>No permission to write {path}. The file may be open in another application (for example Excel) or its folder is read-only; close the file or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/sheets.py" line="194"/>
        <source>{what} tidak dapat disimpan ke {path}: {reason}.</source>
        <translation>{what} cannot be saved to {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/backup.py" line="148"/>
        <source>&apos;{p}&apos; adalah berkas, bukan folder.</source>
        <translation>&apos;{p}&apos; is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/backup.py" line="150"/>
        <location filename="../../src/absensi_app/services/batch_approval.py" line="58"/>
        <location filename="../../src/absensi_app/services/export.py" line="252"/>
        <location filename="../../src/absensi_app/services/files.py" line="176"/>
        <location filename="../../src/absensi_app/services/recap.py" line="115"/>
        <location filename="../../src/absensi_app/services/recap_sheet.py" line="237"/>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="167"/>
        <source>Folder &apos;{p}&apos; tidak ada.</source>
        <translation>The folder &apos;{p}&apos; does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/backup.py" line="154"/>
        <source>Folder cadangan tambahan harus di luar folder data ({d}), misalnya di flashdisk.</source>
        <translation>The extra backup folder must be outside the data folder ({d}), for example on a USB drive.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/backup.py" line="210"/>
        <source>Cadangan &apos;{p}&apos; tidak ada.</source>
        <translation>The backup &apos;{p}&apos; does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/backup.py" line="212"/>
        <source>&apos;{p}&apos; bukan berkas cadangan (folder, pipa atau perangkat).</source>
        <translation>&apos;{p}&apos; is not a backup file (a folder, pipe or device).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/demo.py" line="154"/>
        <source>Bulan {month} belum dimulai; data contoh hanya untuk bulan ini atau sebelumnya.</source>
        <translation>{month} has not started yet; sample data is only for this month or earlier.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/demo.py" line="159"/>
        <source>Bulan {month} terlalu lampau; data contoh paling awal untuk {earliest}.</source>
        <translation>{month} is too far in the past; the earliest month for sample data is {earliest}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="228"/>
        <source>Tahun harus antara 2000 dan 2100.</source>
        <translation>The year must be between 2000 and 2100.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="235"/>
        <source>Belum ada rencana SKP untuk tahun {year}. Isi dulu di Pengaturan › Rencana SKP (atau &apos;absensi skp import&apos;).</source>
        <translation>There is no SKP plan for {year} yet. Fill it in first under Settings › SKP plan (or &apos;absensi skp import&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="243"/>
        <source>Tidak ada periode SKP yang dimulai {day}. Periode tahun {year}: {list}.</source>
        <translation>No SKP period starts on {day}. Periods in {year}: {list}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="248"/>
        <source>Tahun {year} memiliki {n} periode SKP ({list}); sebutkan salah satunya dengan tanggal awalnya (--period TTTT-BB-HH).</source>
        <translation>{year} has {n} SKP periods ({list}); name one of them by its start date (--period YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="259"/>
        <source>Periode SKP itu belum tersimpan.</source>
        <translation>That SKP period has not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="263"/>
        <source>Periode {period} belum berisi Rencana Hasil Kerja; tidak ada yang dievaluasi.</source>
        <translation>The period {period} has no Rencana Hasil Kerja (RHK) yet; there is nothing to evaluate.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evidence.py" line="53"/>
        <source>&apos;{path}&apos; adalah folder; pilih sebuah berkas sebagai bukti dukung.</source>
        <translation>&apos;{path}&apos; is a folder; choose a file as supporting evidence.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evidence.py" line="57"/>
        <source>Berkas bukti dukung &apos;{path}&apos; tidak ditemukan.</source>
        <translation>The supporting evidence file &apos;{path}&apos; was not found.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evidence.py" line="72"/>
        <source>Berkas bukti dukung terlalu besar (lebih dari 50 MB).</source>
        <translation>The supporting evidence file is too large (more than 50 MB).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evidence.py" line="88"/>
        <source>Berkas bukti dukung tidak bisa dibaca atau disalin: {error}</source>
        <translation>The supporting evidence file cannot be read or copied: {error}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/export.py" line="94"/>
        <source>{month} belum dimulai; ringkasan hanya untuk bulan ini atau sebelumnya.</source>
        <translation>{month} has not started yet; summaries are only for this month or earlier.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/export.py" line="113"/>
        <source>Alamat server cap waktu harus diawali http:// atau https://.</source>
        <translation>The timestamp server address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/export.py" line="117"/>
        <source>Alamat server cap waktu &apos;{url}&apos; tidak lengkap atau berisi spasi; tulis mis. http://timestamp.example.go.id.</source>
        <translation>The timestamp server address &apos;{url}&apos; is incomplete or contains spaces; write e.g. http://timestamp.example.go.id.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/export.py" line="194"/>
        <source>Data berubah selama ekspor (mungkin dari jendela atau perintah lain). Tidak ada yang disimpan; ulangi ekspor.</source>
        <translation>The data changed during the export (perhaps from another window or command). Nothing was saved; export again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="235"/>
        <source>{what} &apos;{p}&apos; tidak bisa ditulis: berkas itu sedang dibuka di aplikasi lain; tutup dulu lalu coba lagi.</source>
        <translation>{what} &apos;{p}&apos; cannot be written: the file is open in another application; close it first, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/keys.py" line="95"/>
        <source>Belum ada kunci tanda tangan. Buat di Pengaturan › Kunci tanda tangan (atau &apos;absensi key create&apos;), impor sertifikat PKCS#12, atau ekspor tanpa tanda tangan.</source>
        <translation>There is no signing key yet. Create one under Settings › Signing key (or &apos;absensi key create&apos;), import a PKCS#12 certificate, or export without a signature.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/keys.py" line="102"/>
        <source>Sertifikat tanda tangan atas NIP {cert}, sedangkan profil ber-NIP {nip}. Ringkasannya tidak akan lolos pemeriksaan; buat kunci baru untuk profil ini atau impor sertifikat yang memuat NIP Anda.</source>
        <translation>The signing certificate is for NIP {cert}, but the profile has NIP {nip}. The summary would not pass the check; create a new key for this profile or import a certificate that holds your NIP.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/keys.py" line="111"/>
        <source>Frasa sandi kunci tanda tangan dibutuhkan.</source>
        <translation>The signing key&apos;s passphrase is required.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="169"/>
        <source>NIP pada sertifikat itu terlalu panjang ({length} karakter; NIP ASN 18 angka), jadi sertifikat itu tidak dipercayai.</source>
        <translation>The NIP in that certificate is too long ({length} characters; an ASN&apos;s NIP has 18 digits), so the certificate is not trusted.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="220"/>
        <source>Cadangan di &apos;{p}&apos; hilang saat dibuat; ulangi.</source>
        <translation>The backup in &apos;{p}&apos; disappeared while it was being made; try again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/viewer_context.py" line="58"/>
        <source>Sertifikat tepercaya arsip diatur oleh pengelola arsip dengan &apos;absensi arsip trust&apos;; penampil ini tidak mengubahnya.</source>
        <translation>The archive&apos;s trusted certificates are managed by the archive&apos;s administrator with &apos;absensi arsip trust&apos;; this viewer does not change them.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="231"/>
        <source>Nama &apos;{name}&apos; sudah dipakai templat lain di daftar ini (huruf besar/kecil tidak dibedakan); pilih nama lain.</source>
        <translation>The name &apos;{name}&apos; is already used by another template in this list (upper/lower case is not distinguished); choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/export.py" line="247"/>
        <source>Format &apos;{f}&apos; tidak dikenal; pilih pdf, xlsx atau csv.</source>
        <translation>Unknown format &apos;{f}&apos;; choose pdf, xlsx or csv.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/config.py" line="152"/>
        <source>Profil &apos;{n}&apos; tidak ada (profil yang ada: {known}). Lihat &apos;absensi profiles list&apos;, atau tambahkan dengan &apos;absensi profiles add NAMA&apos;.</source>
        <translation>The profile &apos;{n}&apos; does not exist (existing profiles: {known}). See &apos;absensi profiles list&apos;, or add it with &apos;absensi profiles add NAME&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/config.py" line="242"/>
        <source>Daftar profil &apos;{p}&apos; tidak bisa dibaca ({why}). Tidak ada yang diubah; data setiap profil tetap di &apos;{d}&apos;. Perbaiki berkas itu, atau pindahkan berkasnya lalu daftarkan profil lagi dengan &apos;absensi profiles add NAMA --existing&apos;; satu folder profil juga bisa dibuka langsung dengan --data-dir.</source>
        <translation>The profile list &apos;{p}&apos; cannot be read ({why}). Nothing was changed; each profile&apos;s data is still in &apos;{d}&apos;. Repair that file, or move it away and register the profiles again with &apos;absensi profiles add NAME --existing&apos;; a single profile folder can also be opened directly with --data-dir.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/config.py" line="279"/>
        <source>Belum ada profil terdaftar di {r}. Tambahkan dengan &apos;absensi profiles add NAMA&apos;.</source>
        <translation>No profiles are registered in {r} yet. Add one with &apos;absensi profiles add NAME&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/templates.py" line="40"/>
        <source>Nama templat wajib diisi.</source>
        <translation>The template name is required.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/templates.py" line="43"/>
        <source>Nama templat terlalu panjang ({length} karakter; paling banyak {limit}).</source>
        <translation>The template name is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/templates.py" line="48"/>
        <source>Uraian kegiatan templat wajib diisi.</source>
        <translation>The template&apos;s activity description is required.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/templates.py" line="58"/>
        <source>Durasi biasa {minutes} menit tidak masuk akal; isi 1 sampai {limit} menit.</source>
        <translation>A usual duration of {minutes} minutes is not plausible; enter 1 to {limit} minutes.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="150"/>
        <source>Pilih salah satu: jam selesai tertentu atau sampai akhir jam kerja.</source>
        <translation>Choose one: a specific end time or until the end of working hours.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="156"/>
        <source>Hari {day} tidak punya akhir jam kerja; sebutkan jam selesainya.</source>
        <translation>{day} has no end of working hours; give the end time.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="161"/>
        <source>Akhir jam kerja ({schedule_end}) tidak bisa dipakai: timer mulai {start} dan saat ini {now}; sebutkan jam selesainya.</source>
        <translation>The end of working hours ({schedule_end}) cannot be used: the timer started at {start} and it is now {now}; give the end time.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="171"/>
        <source>Jam selesai {end} harus setelah timer dimulai ({start}).</source>
        <translation>The end time {end} must be after the timer started ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="176"/>
        <source>Jam selesai {end} belum terjadi (sekarang {now}).</source>
        <translation>The end time {end} has not come yet (it is now {now}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="186"/>
        <source>Timer baru berjalan kurang dari satu menit (sejak {start}); belum ada yang bisa dicatat.</source>
        <translation>The timer has been running for less than a minute (since {start}); there is nothing to log yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="67"/>
        <source>&apos;{p}&apos; adalah folder, bukan berkas.</source>
        <translation>&apos;{p}&apos; is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="69"/>
        <source>&apos;{p}&apos; adalah pipa atau soket, bukan berkas biasa; tidak dibaca.</source>
        <translation>&apos;{p}&apos; is a pipe or socket, not a regular file; not read.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="71"/>
        <source>&apos;{p}&apos; adalah berkas perangkat, bukan berkas biasa; tidak dibaca.</source>
        <translation>&apos;{p}&apos; is a device file, not a regular file; not read.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="73"/>
        <source>&apos;{p}&apos; bukan berkas biasa; tidak dibaca.</source>
        <translation>&apos;{p}&apos; is not a regular file; not read.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="78"/>
        <source>{what} &apos;{p}&apos; terlalu besar (lebih dari {limit}).</source>
        <translation>{what} &apos;{p}&apos; is too large (more than {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="92"/>
        <location filename="../../src/absensi_app/services/files.py" line="94"/>
        <source>{what} &apos;{p}&apos; tidak ada.</source>
        <translation>{what} &apos;{p}&apos; does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="96"/>
        <source>{what} &apos;{p}&apos; tidak boleh dibaca (izin ditolak).</source>
        <translation>{what} &apos;{p}&apos; may not be read (permission denied).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="98"/>
        <location filename="../../src/absensi_app/services/files.py" line="114"/>
        <location filename="../../src/absensi_app/services/files.py" line="132"/>
        <source>{what} &apos;{p}&apos; tidak bisa dibaca: {e}.</source>
        <translation>{what} &apos;{p}&apos; cannot be read: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="174"/>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="163"/>
        <source>&apos;{p}&apos; adalah folder; sebutkan nama berkas.</source>
        <translation>&apos;{p}&apos; is a folder; give a file name.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="178"/>
        <source>&apos;{p}&apos; bukan berkas biasa; tidak ditimpa.</source>
        <translation>&apos;{p}&apos; is not a regular file; not overwritten.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="241"/>
        <source>{what} &apos;{p}&apos; tidak bisa ditulis: disk penuh.</source>
        <translation>{what} &apos;{p}&apos; cannot be written: the disk is full.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="244"/>
        <source>{what} &apos;{p}&apos; tidak bisa ditulis: melebihi batas ukuran berkas.</source>
        <translation>{what} &apos;{p}&apos; cannot be written: it exceeds the file size limit.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="248"/>
        <source>{what} &apos;{p}&apos; tidak bisa ditulis: folder itu tidak boleh ditulisi.</source>
        <translation>{what} &apos;{p}&apos; cannot be written: that folder may not be written to.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="251"/>
        <source>{what} &apos;{p}&apos; tidak bisa ditulis: {e}.</source>
        <translation>{what} &apos;{p}&apos; cannot be written: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="280"/>
        <source>&apos;{p}&apos; ada di dalam folder data Absensi ({d}); berkas di sana (database, kunci, cadangan, bukti) tidak pernah ditimpa. Simpan di folder lain.</source>
        <translation>&apos;{p}&apos; is inside the Absensi data folder ({d}); files there (database, keys, backups, evidence) are never overwritten. Save it in another folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="303"/>
        <source>{what} &apos;{p}&apos; bukan teks UTF-8.</source>
        <translation>{what} &apos;{p}&apos; is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="308"/>
        <source>{what} &apos;{p}&apos; bukan JSON yang sah (baris {line}, kolom {col}).</source>
        <translation>{what} &apos;{p}&apos; is not valid JSON (line {line}, column {col}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="312"/>
        <source>{what} &apos;{p}&apos; bersarang terlalu dalam untuk dibaca.</source>
        <translation>{what} &apos;{p}&apos; is nested too deeply to be read.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="59"/>
        <source>{month} sudah disetujui Pejabat Penilai Kinerja (revisi {revision}); bulan itu terkunci permanen dan tidak bisa diubah lagi.</source>
        <translation>{month} has been approved by the appraising official (revision {revision}); the month is locked for good and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="67"/>
        <source>{month} terkunci: ringkasan bertanda tangan revisi {revision} sudah diekspor pada {when}. Buka kunci bulan itu dulu bila memang perlu diubah; pembukaan kunci dicatat.</source>
        <translation>{month} is locked: the signed summary revision {revision} was exported on {when}. Unlock the month first if it really must be changed; unlocking is recorded.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="81"/>
        <source>{month} sudah terkunci: ringkasan bertanda tangan revisi {revision} sudah diekspor pada {when}, dan berkas itulah yang sah. Untuk mengekspor lagi, buka kunci bulan itu dulu (dicatat di riwayat); ekspor berikutnya menjadi revisi {next}.</source>
        <translation>{month} is already locked: the signed summary revision {revision} was exported on {when}, and that file is the valid one. To export again, unlock the month first (recorded in the history); the next export becomes revision {next}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="94"/>
        <source>{month} sudah disetujui Pejabat Penilai Kinerja; ringkasan yang sah adalah berkas bertanda tangan yang ia kembalikan, dan bulan itu tidak diekspor ulang.</source>
        <translation>{month} has been approved by the appraising official; the valid summary is the signed file they returned, and the month is not exported again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="169"/>
        <source>Keputusan &apos;{d}&apos; tidak dikenal.</source>
        <translation>Unknown decision &apos;{d}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="174"/>
        <source>{month} belum pernah diekspor bertanda tangan dari data ini.</source>
        <translation>{month} has never been exported signed from this data.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="179"/>
        <source>Keputusan ini untuk revisi {got}, padahal ringkasan terakhir {month} adalah revisi {current}.</source>
        <translation>This decision is for revision {got}, but the latest summary of {month} is revision {current}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="184"/>
        <source>{month} sudah disetujui sebelumnya.</source>
        <translation>{month} was already approved before.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="187"/>
        <source>{month} sudah dibuka atau dikembalikan sejak ringkasan revisi {revision} diekspor; keputusan atas revisi itu tidak lagi berlaku. Ekspor ulang dan kirim revisi berikutnya.</source>
        <translation>{month} has been unlocked or returned since summary revision {revision} was exported; a decision on that revision no longer applies. Export again and send the next revision.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="194"/>
        <source>Keputusan ini bukan untuk berkas ringkasan {month} revisi {revision} yang Anda ekspor terakhir.</source>
        <translation>This decision is not for the summary file of {month} revision {revision} that you exported last.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="212"/>
        <source>Tulis alasan membuka kunci (mis. &apos;koreksi jam kegiatan 12 November&apos;).</source>
        <translation>Write the reason for unlocking (e.g. &apos;correcting activity times on 12 November&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="217"/>
        <source>Alasan terlalu panjang (paling banyak {limit} karakter).</source>
        <translation>The reason is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="224"/>
        <source>{month} sudah disetujui Pejabat Penilai Kinerja; bulan itu terkunci permanen.</source>
        <translation>{month} has been approved by the appraising official; the month is locked for good.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="230"/>
        <source>{month} tidak terkunci; tidak ada yang perlu dibuka.</source>
        <translation>{month} is not locked; there is nothing to unlock.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/logo.py" line="48"/>
        <source>Logo &apos;{p}&apos; terlalu besar (lebih dari {limit} MB).</source>
        <translation>The logo &apos;{p}&apos; is too large (more than {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/logo.py" line="55"/>
        <source>Logo &apos;{p}&apos; berformat {kind}; pilih gambar PNG atau JPEG.</source>
        <translation>The logo &apos;{p}&apos; is in {kind} format; choose a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/logo.py" line="60"/>
        <source>Logo &apos;{p}&apos; berukuran {w} x {h} piksel; paling besar {limit} piksel per sisi.</source>
        <translation>The logo &apos;{p}&apos; measures {w} x {h} pixels; at most {limit} pixels per side.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/logo.py" line="69"/>
        <source>Berkas &apos;{p}&apos; bukan gambar PNG atau JPEG yang utuh; pilih berkas logo yang lain.</source>
        <translation>The file &apos;{p}&apos; is not a complete PNG or JPEG image; choose another logo file.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="64"/>
        <source>Nama profil tidak boleh kosong.</source>
        <translation>The profile name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="66"/>
        <source>Nama profil paling panjang {n} karakter.</source>
        <translation>A profile name is at most {n} characters long.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="110"/>
        <source>Tidak ada folder profil &apos;{p}&apos; yang belum terdaftar untuk didaftarkan lagi.</source>
        <translation>There is no unregistered profile folder &apos;{p}&apos; to register again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="156"/>
        <source>&apos;{n}&apos; adalah profil yang terakhir dipakai; tambahkan --force untuk tetap menghapusnya dari daftar.</source>
        <translation>&apos;{n}&apos; is the profile used last; add --force to remove it from the list anyway.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="163"/>
        <source>Data profil &apos;{n}&apos; ada langsung di folder induk semua profil ({p}); Absensi tidak menghapusnya. Hapus profil tanpa --delete-data, lalu hapus berkasnya sendiri.</source>
        <translation>The data of profile &apos;{n}&apos; lies directly in the parent folder of all profiles ({p}); Absensi does not delete it. Remove the profile without --delete-data, then delete its files yourself.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="203"/>
        <source>Profil &apos;{n}&apos; dilindungi frasa sandi kunci tanda tangannya, tetapi kuncinya tidak ada di {k}. Pulihkan folder kunci itu (dari cadangan atau berkas pindah); profil tidak dibuka.</source>
        <translation>Profile &apos;{n}&apos; is protected by its signing key&apos;s passphrase, but the key is not in {k}. Restore that key folder (from a backup or a transfer file); the profile was not opened.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="208"/>
        <source>Profil &apos;{n}&apos; dilindungi; frasa sandinya dibutuhkan.</source>
        <translation>Profile &apos;{n}&apos; is protected; its passphrase is required.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="213"/>
        <source>Frasa sandi salah; profil &apos;{n}&apos; tidak dibuka dan datanya tidak disentuh.</source>
        <translation>Wrong passphrase; profile &apos;{n}&apos; was not opened and its data was not touched.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="224"/>
        <source>Profil &apos;{n}&apos; belum punya kunci tanda tangan, jadi belum bisa dilindungi. Buat dulu: absensi --profile &quot;{n}&quot; key create (atau di aplikasi: Pengaturan › Kunci tanda tangan).</source>
        <translation>Profile &apos;{n}&apos; has no signing key yet, so it cannot be protected yet. Create one first: absensi --profile &quot;{n}&quot; key create (or in the application: Settings › Signing key).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="238"/>
        <source>Sudah ada profil bernama &apos;{n}&apos; (huruf besar dan kecil tidak dibedakan); pilih nama lain.</source>
        <translation>A profile named &apos;{n}&apos; already exists (upper and lower case are not distinguished); choose another name.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/recap.py" line="113"/>
        <source>&apos;{p}&apos; adalah berkas, bukan folder; pilih folder tempat ringkasan-ringkasan itu.</source>
        <translation>&apos;{p}&apos; is a file, not a folder; choose the folder holding the summaries.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/archive/inbox.py" line="50"/>
        <location filename="../../src/absensi_app/services/recap.py" line="119"/>
        <source>Folder &apos;{p}&apos; tidak bisa dibaca: {e}.</source>
        <translation>The folder &apos;{p}&apos; cannot be read: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/recap.py" line="121"/>
        <source>Folder itu berisi lebih dari {n} PDF; pilih folder yang lebih kecil.</source>
        <translation>That folder holds more than {n} PDFs; choose a smaller folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/reminders.py" line="74"/>
        <source>Jam pengingat ditulis JJ:MM, tanpa detik.</source>
        <translation>Reminder times are written HH:MM, without seconds.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/reminders.py" line="96"/>
        <source>Lama penundaan harus 1 sampai {limit} menit.</source>
        <translation>The snooze time must be 1 to {limit} minutes.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp_rows.py" line="106"/>
        <source>Periode itu bertumpang tindih dengan {other}.</source>
        <translation>That period overlaps {other}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp_rows.py" line="78"/>
        <location filename="../../src/absensi_app/services/skp_rows.py" line="119"/>
        <source>Periode SKP nomor {id} tidak ada.</source>
        <translation>SKP period number {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp.py" line="87"/>
        <location filename="../../src/absensi_app/services/skp.py" line="123"/>
        <location filename="../../src/absensi_app/services/templates.py" line="51"/>
        <location filename="../../src/absensi_app/services/worklog.py" line="137"/>
        <source>RHK nomor {id} tidak ada.</source>
        <translation>RHK number {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp.py" line="100"/>
        <location filename="../../src/absensi_app/services/skp.py" line="112"/>
        <source>RHK nomor {id} tidak ada (mungkin sudah dihapus).</source>
        <translation>RHK number {id} does not exist (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp_rows.py" line="147"/>
        <source>Periode ini sudah memiliki RHK dengan nama yang sama.</source>
        <translation>This period already has an RHK with the same name.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp.py" line="241"/>
        <source>Periode {title} sudah berisi {count} RHK. Hapus dulu, atau impor dengan pilihan mengganti rencana yang ada.</source>
        <translation>The period {title} already holds {count} RHKs. Delete them first, or import with the option to replace the existing plan.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/team_left.py" line="48"/>
        <source>NIP &apos;{nip}&apos; tidak sah: harus 18 angka.</source>
        <translation>NIP &apos;{nip}&apos; is not valid: it must have 18 digits.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/team_period.py" line="20"/>
        <source>Bulan &apos;{v}&apos; tidak sah; tulis TTTT-BB, misalnya 2026-11.</source>
        <translation>Month &apos;{v}&apos; is not valid; write YYYY-MM, for example 2026-11.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/team_period.py" line="46"/>
        <source>Awal periode ({a}) sesudah akhirnya ({b}).</source>
        <translation>The start of the period ({a}) is after its end ({b}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/team_period.py" line="53"/>
        <source>Periode paling panjang {n} bulan; pilih periode yang lebih pendek.</source>
        <translation>A period is at most {n} months long; choose a shorter period.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/templates.py" line="104"/>
        <source>Templat &apos;{name}&apos; tidak ada; belum ada templat sama sekali.</source>
        <translation>Template &apos;{name}&apos; does not exist; there are no templates at all yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/templates.py" line="106"/>
        <source>Templat &apos;{name}&apos; tidak ada. Templat yang ada: {names}.</source>
        <translation>Template &apos;{name}&apos; does not exist. Existing templates: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/templates.py" line="114"/>
        <source>Templat bernama &apos;{name}&apos; sudah ada (huruf besar/kecil tidak dibedakan); pilih nama lain atau hapus yang lama dulu.</source>
        <translation>A template named &apos;{name}&apos; already exists (upper/lower case is not distinguished); choose another name or delete the old one first.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/timer.py" line="68"/>
        <source>Timer sudah berjalan sejak {day} {start} untuk &apos;{description}&apos;; hentikan atau batalkan dulu timer itu.</source>
        <translation>A timer has been running since {day} {start} for &apos;{description}&apos;; stop or cancel that timer first.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/timer.py" line="77"/>
        <source>Tidak ada timer yang berjalan.</source>
        <translation>No timer is running.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/timer.py" line="137"/>
        <source>Jam mulai {start} belum terjadi (sekarang {now}).</source>
        <translation>The start time {start} has not come yet (it is now {now}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/timer.py" line="162"/>
        <source>Jam mulai {start} jatuh di dalam kegiatan {ostart}-{oend} «{text}»; mulai timer pada atau setelah {oend}.</source>
        <translation>The start time {start} falls inside the activity {ostart}-{oend} «{text}»; start the timer at or after {oend}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="42"/>
        <source>Belum ada database di {p}; tidak ada yang bisa dipindahkan.</source>
        <translation>There is no database in {p} yet; there is nothing to transfer.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="51"/>
        <source>Database {p} tidak bisa dibaca: {e}.</source>
        <translation>The database {p} cannot be read: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="54"/>
        <source>Database {p} rusak (integrity_check: {e}); tidak diekspor.</source>
        <translation>The database {p} is damaged (integrity_check: {e}); not exported.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="97"/>
        <source>Berkas kunci {p} tidak dalam bentuk terenkripsi Absensi; kunci privat tidak pernah diekspor tanpa enkripsi. Tidak ada yang ditulis.</source>
        <translation>The key file {p} is not in Absensi&apos;s encrypted form; a private key is never exported unencrypted. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="135"/>
        <source>Berkas bukti {p} terlalu besar untuk dipindahkan.</source>
        <translation>The evidence file {p} is too large to transfer.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="145"/>
        <source>--out butuh nama berkas.</source>
        <translation>--out needs a file name.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="148"/>
        <source>--out butuh nama berkas; &apos;-&apos; (layar) tidak bisa dipakai, karena berkas pindah adalah arsip ZIP, bukan teks.</source>
        <translation>--out needs a file name; &apos;-&apos; (the screen) cannot be used, because a transfer file is a ZIP archive, not text.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="165"/>
        <source>Berkas &apos;{p}&apos; sudah ada. Tambahkan --force untuk menimpanya.</source>
        <translation>The file &apos;{p}&apos; already exists. Add --force to overwrite it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="175"/>
        <source>Belum ada profil pegawai di folder data ini; tidak ada yang bisa dipindahkan.</source>
        <translation>There is no employee profile in this data folder yet; there is nothing to transfer.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="185"/>
        <source>Data terlalu besar untuk satu berkas pindah (lebih dari {n}).</source>
        <translation>The data is too large for one transfer file (more than {n}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="69"/>
        <source>{p} bukan berkas database biasa; tidak ada yang diubah.</source>
        <translation>{p} is not a regular database file; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="73"/>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="168"/>
        <source>Database {p} sedang dipakai (aplikasi Absensi masih terbuka?); tutup dulu lalu ulangi. Tidak ada yang diubah.</source>
        <translation>The database {p} is in use (is the Absensi application still open?); close it first and try again. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="78"/>
        <source>Database {p} dibuat oleh versi Absensi yang lebih baru (revisi {r}); tidak diganti dan tidak ada yang diubah. Perbarui aplikasi dulu, atau pakai folder data lain.</source>
        <translation>The database {p} was made by a newer version of Absensi (revision {r}); it was not replaced and nothing was changed. Update the application first, or use another data folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="86"/>
        <source>Database yang sudah ada di {p} tidak bisa dibaca ({e}), jadi tidak jelas milik siapa; tidak ada yang diubah. Periksa izin berkas itu atau pakai folder data lain.</source>
        <translation>The existing database in {p} cannot be read ({e}), so it is unclear whose it is; nothing was changed. Check that file&apos;s permissions or use another data folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="92"/>
        <source>Database {p} hanya bisa dibaca (berkasnya atau folder datanya tidak boleh ditulisi); tidak ada yang diubah. Beri izin tulis dulu, atau pakai folder data lain.</source>
        <translation>The database {p} is read-only (the file or its data folder may not be written to); nothing was changed. Grant write permission first, or use another data folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="108"/>
        <source>Database yang sudah ada di {p} tidak bisa dibaca ({e}), jadi tidak jelas milik siapa; tidak ada yang diubah. Pindahkan berkas itu atau pakai folder data lain.</source>
        <translation>The existing database in {p} cannot be read ({e}), so it is unclear whose it is; nothing was changed. Move that file away or use another data folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="157"/>
        <source>Salinan database tidak utuh setelah ditulis ke disk; tidak ada yang diubah.</source>
        <translation>The database copy was not intact after being written to disk; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="178"/>
        <source>Cadangan database lama tidak bisa dibuat ({e}); tidak ada yang diganti.</source>
        <translation>A backup of the old database could not be made ({e}); nothing was replaced.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="205"/>
        <source>&apos;{p}&apos; bukan folder; pilih folder data lain.</source>
        <translation>&apos;{p}&apos; is not a folder; choose another data folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="209"/>
        <source>Folder data {d} berisi data pegawai lain (NIP {other}), berkas ini milik NIP {nip}; data dua orang tidak pernah dicampur. Pakai folder data lain (--data-dir).</source>
        <translation>The data folder {d} holds another employee&apos;s data (NIP {other}), while this file belongs to NIP {nip}; two people&apos;s data are never mixed. Use another data folder (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="215"/>
        <source>Database {p} {k}{e}; tidak ada yang diubah. Dengan --replace berkas itu (beserta -wal/-shm-nya) disimpan apa adanya di {b} sebagai rusak-…, tidak dihapus, lalu data dari berkas pindah menggantikannya.</source>
        <translation>The database {p} is {k}{e}; nothing was changed. With --replace that file (with its -wal/-shm files) is kept as it is in {b} as rusak-…, not deleted, and the data from the transfer file replaces it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="223"/>
        <source>Folder data {d} sudah berisi data (NIP {nip}). Tambahkan --replace untuk menggantinya; data yang sekarang dicadangkan dulu.</source>
        <translation>The data folder {d} already holds data (NIP {nip}). Add --replace to replace it; the current data is backed up first.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="249"/>
        <source>Data tidak bisa ditulis ke {d}: {e}. Tidak ada yang diubah.</source>
        <translation>The data cannot be written to {d}: {e}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="318"/>
        <source>Data tidak bisa dipindahkan ke {d}: {e}. Data lama tetap di tempatnya.{w}</source>
        <translation>The data cannot be transferred to {d}: {e}. The old data stays where it was.{w}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="338"/>
        <source>Setelah impor, NIP profil tidak sama dengan berkas pindah.</source>
        <translation>After the import, the profile&apos;s NIP is not the same as in the transfer file.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="62"/>
        <source>Berkas itu terlalu besar untuk sebuah sertifikat.</source>
        <translation>That file is too large for a certificate.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="70"/>
        <source>Berkas itu bukan sertifikat X.509 (PEM atau DER). Minta pegawai mengekspor sertifikatnya dari Absensi (Kunci tanda tangan › Ekspor sertifikat).</source>
        <translation>That file is not an X.509 certificate (PEM or DER). Ask the employee to export their certificate from Absensi (Signing key › Export certificate).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="136"/>
        <source>Sertifikat itu atas NIP Anda sendiri ({nip}), tetapi bukan sertifikat Anda: seseorang membuatnya atas nama Anda. Sertifikat itu tidak dipercayai. Bila Anda memang punya kunci lain (mis. di komputer lain), pakai kunci itu lewat Kunci tanda tangan, bukan lewat daftar tepercaya.</source>
        <translation>That certificate is for your own NIP ({nip}), but it is not your certificate: someone made it in your name. The certificate is not trusted. If you really have another key (e.g. on another computer), use that key through Signing key, not through the trusted list.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="164"/>
        <source>Sertifikat itu tidak memuat NIP (serialNumber), jadi tidak bisa dicocokkan dengan pegawai.</source>
        <translation>That certificate holds no NIP (serialNumber), so it cannot be matched to an employee.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="96"/>
        <source>{problem} Sertifikat itu tidak dipercayai.</source>
        <translation>{problem} The certificate is not trusted.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="99"/>
        <location filename="../../src/absensi_app/services/trust.py" line="191"/>
        <source>Nama terlalu panjang (paling banyak 200 karakter).</source>
        <translation>The name is too long (at most 200 characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="189"/>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="195"/>
        <source>Sertifikat dengan sidik jari itu tidak ada di daftar tepercaya.</source>
        <translation>No certificate with that fingerprint is in the trusted list.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="211"/>
        <source>Tidak ada sertifikat tepercaya dengan sidik jari atau NIP &apos;{key}&apos;.</source>
        <translation>There is no trusted certificate with the fingerprint or NIP &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="298"/>
        <source>Ringkasan ini tidak bisa disetujui atau dikembalikan. {why}</source>
        <translation>This summary cannot be approved or returned. {why}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="302"/>
        <source>PERINGATAN: ringkasan ini ditandatangani dengan sertifikat LAIN untuk NIP {nip}, yang sertifikatnya sudah Anda percayai. Bisa jadi dipalsukan: hubungi pegawai itu (mis. lewat telepon) sebelum berbuat apa pun. Ringkasan tidak disetujui dan tidak dikembalikan.</source>
        <translation>WARNING: this summary is signed with a DIFFERENT certificate for NIP {nip}, whose certificate you already trust. It may be forged: contact that employee (e.g. by telephone) before doing anything. The summary was neither approved nor returned.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="336"/>
        <source>Tulis catatan apa yang perlu diperbaiki sebelum mengembalikan.</source>
        <translation>Write a note on what needs correcting before returning.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="339"/>
        <source>Penilaian kinerja diberikan saat menyetujui, bukan saat mengembalikan.</source>
        <translation>A performance appraisal is given when approving, not when returning.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="342"/>
        <source>Catatan terlalu panjang (paling banyak {n} karakter).</source>
        <translation>The note is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="349"/>
        <source>Berkas ini dokumen evaluasi kinerja tahunan, bukan ringkasan bulanan; yang disetujui atau dikembalikan hanya ringkasan bulanan.</source>
        <translation>This file is an annual performance evaluation document, not a monthly summary; only monthly summaries are approved or returned.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="353"/>
        <source>Ringkasan ini sudah diberi keputusan oleh pejabat penilai.</source>
        <translation>This summary already has a decision by the appraising official.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="356"/>
        <source>Tanda tangan pegawai belum Anda kenal (sidik jari {fp}). Cocokkan dan percayai sertifikatnya dulu.</source>
        <translation>You do not know the employee&apos;s signature yet (fingerprint {fp}). Compare and trust their certificate first.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="361"/>
        <source>Ringkasan ini tidak bisa disetujui: {why}</source>
        <translation>This summary cannot be approved: {why}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="378"/>
        <source>Ringkasan ini menyebut pejabat penilai NIP {named}; profil Anda ber-NIP {nip}. Hanya pejabat penilai yang tercantum yang bisa menyetujui atau mengembalikannya.</source>
        <translation>This summary names the appraising official NIP {named}; your profile has NIP {nip}. Only the appraising official named can approve or return it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="388"/>
        <source>Sertifikat tanda tangan Anda atas NIP {cert}, bukan NIP profil {nip}.</source>
        <translation>Your signing certificate is for NIP {cert}, not the profile&apos;s NIP {nip}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="424"/>
        <source>Tanda tangan persetujuan tidak lolos pemeriksaan: {why}</source>
        <translation>The approval signature did not pass the check: {why}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="440"/>
        <source>Keputusan tidak diterapkan. {why}</source>
        <translation>The decision was not applied. {why}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="444"/>
        <source>Berkas tidak bisa diterima: {why}</source>
        <translation>The file cannot be received: {why}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="446"/>
        <source>Berkas ini belum memuat keputusan pejabat penilai.</source>
        <translation>This file does not yet hold a decision by the appraising official.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="449"/>
        <source>Ringkasan ini tidak ditandatangani dengan kunci Anda.</source>
        <translation>This summary was not signed with your key.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="454"/>
        <source>Keputusan ditandatangani NIP {got}, bukan pejabat penilai Anda (NIP {want}).</source>
        <translation>The decision was signed by NIP {got}, not by your appraising official (NIP {want}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="460"/>
        <source>PERINGATAN: keputusan ditandatangani dengan sertifikat LAIN untuk NIP {nip}, yang sertifikatnya sudah Anda percayai. Bisa jadi dipalsukan; keputusan tidak diterapkan.</source>
        <translation>WARNING: the decision is signed with a DIFFERENT certificate for NIP {nip}, whose certificate you already trust. It may be forged; the decision was not applied.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="469"/>
        <source>Sertifikat pejabat penilai {name} belum Anda percayai (sidik jari {fp}). Cocokkan sidik jari itu dengannya (mis. lewat telepon), lalu percayai sertifikatnya sebelum menerapkan keputusan.</source>
        <translation>You do not trust the certificate of the appraising official {name} yet (fingerprint {fp}). Compare that fingerprint with them (e.g. by telephone), then trust their certificate before applying the decision.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/stamp.py" line="166"/>
        <source>Ringkasan ini tidak punya kolom tanda tangan pejabat penilai (versi lama?).</source>
        <translation>This summary has no signature field for the appraising official (an old version?).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/batch_approval.py" line="54"/>
        <source>Tidak ada ringkasan yang dipilih untuk disetujui.</source>
        <translation>No summaries were selected for approval.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/batch_approval.py" line="56"/>
        <source>Paling banyak {n} ringkasan sekaligus.</source>
        <translation>At most {n} summaries at once.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/batch_approval.py" line="66"/>
        <source>&apos;{a}&apos; dan &apos;{b}&apos; akan sama-sama ditulis sebagai &apos;{t}&apos;; setujui keduanya terpisah.</source>
        <translation>&apos;{a}&apos; and &apos;{b}&apos; would both be written as &apos;{t}&apos;; approve them separately.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/batch_approval.py" line="125"/>
        <source>&apos;{p}&apos; sudah ada; tidak ditimpa.</source>
        <translation>&apos;{p}&apos; already exists; not overwritten.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="34"/>
        <source>Tanggal {day} di luar rentang yang didukung (tahun 2000 sampai {last}).</source>
        <translation>The date {day} is outside the supported range (years 2000 to {last}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="74"/>
        <source>Nama hari libur wajib diisi.</source>
        <translation>The holiday&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="77"/>
        <source>Nama hari libur terlalu panjang (paling banyak {limit} karakter).</source>
        <translation>The holiday&apos;s name is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="103"/>
        <source>Tanggal {day} bukan hari libur.</source>
        <translation>{day} is not a holiday.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="141"/>
        <source>Akhir periode Ramadan tidak boleh sebelum awalnya.</source>
        <translation>The end of the Ramadan period cannot be before its start.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="144"/>
        <source>Periode Ramadan paling lama 31 hari.</source>
        <translation>The Ramadan period is at most 31 days long.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="147"/>
        <source>Jam kerja seminggu selama Ramadan harus antara 1 dan 70 jam.</source>
        <translation>Weekly working hours during Ramadan must be between 1 and 70 hours.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="181"/>
        <source>Batas hari kerja di luar kantor harus 0 sampai 7 hari seminggu.</source>
        <translation>The limit on off-site working days must be 0 to 7 days a week.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/templates.py" line="43"/>
        <location filename="../../src/absensi_app/services/worklog.py" line="115"/>
        <source>Rencana Aksi nomor {id} tidak ada.</source>
        <translation>Rencana Aksi number {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="119"/>
        <source>Rencana Aksi nomor {id} untuk {span}, bukan untuk tanggal {day}.</source>
        <translation>Rencana Aksi number {id} is for {span}, not for the date {day}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/templates.py" line="46"/>
        <location filename="../../src/absensi_app/services/worklog.py" line="127"/>
        <source>Rencana Aksi nomor {id} bukan bagian dari RHK nomor {rhk}.</source>
        <translation>Rencana Aksi number {id} is not part of RHK number {rhk}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="141"/>
        <source>RHK nomor {id} milik periode SKP {first} s.d. {last}; tanggal {day} di luar periode itu.</source>
        <translation>RHK number {id} belongs to the SKP period {first} to {last}; the date {day} is outside that period.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="205"/>
        <source>Kegiatan nomor {id} tidak ada.</source>
        <translation>Activity number {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="345"/>
        <location filename="../../src/absensi_app/services/worklog.py" line="365"/>
        <source>Kegiatan nomor {id} tidak ada (mungkin sudah dihapus).</source>
        <translation>Activity number {id} does not exist (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="377"/>
        <source>Kegiatan nomor {id} sudah ada.</source>
        <translation>Activity number {id} already exists.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="395"/>
        <source>Belum ada hari sebelumnya yang berisi kegiatan untuk disalin.</source>
        <translation>There is no earlier day with activities to copy yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="411"/>
        <source>Keterangan terlalu panjang (paling banyak {limit} karakter).</source>
        <translation>The remarks are too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="416"/>
        <source>Pilih jenis cuti.</source>
        <translation>Choose the leave type.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="42"/>
        <source>Frasa sandi salah. Kunci tanda tangan tidak bisa dibuka.</source>
        <translation>Wrong passphrase. The signing key cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="71"/>
        <source>Frasa sandi paling sedikit {n} karakter.</source>
        <translation>The passphrase must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="74"/>
        <source>Frasa sandi terlalu panjang.</source>
        <translation>The passphrase is too long.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="76"/>
        <source>Frasa sandi tidak boleh hanya spasi.</source>
        <translation>The passphrase cannot be only spaces.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="139"/>
        <source>{problem} Sertifikat itu tidak bisa {purpose}.</source>
        <translation>{problem} The certificate cannot be {purpose}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="155"/>
        <source>{problem} Tidak ditandatangani; buat kunci baru (Pengaturan › Kunci tanda tangan, atau &apos;absensi key create --replace&apos;) atau impor sertifikat yang masih berlaku.</source>
        <translation>{problem} Not signed; create a new key (Settings › Signing key, or &apos;absensi key create --replace&apos;) or import a certificate that is still valid.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="187"/>
        <source>Sertifikat tanda tangan di {path} rusak atau tidak terbaca ({error}).</source>
        <translation>The signing certificate in {path} is damaged or unreadable ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="196"/>
        <source>Belum ada kunci tanda tangan. Buat dulu di profil (&apos;absensi key create&apos;).</source>
        <translation>There is no signing key yet. Create one first in the profile (&apos;absensi key create&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="265"/>
        <source>Berkas kunci tanda tangan rusak atau formatnya tidak dikenal.</source>
        <translation>The signing key file is damaged or its format is unknown.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="279"/>
        <source>Belum ada kunci tanda tangan. Buat dulu (&apos;absensi key create&apos;) atau impor sertifikat PKCS#12 (&apos;absensi key import&apos;).</source>
        <translation>There is no signing key yet. Create one first (&apos;absensi key create&apos;) or import a PKCS#12 certificate (&apos;absensi key import&apos;).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="302"/>
        <source>Kunci tanda tangan sudah ada. Pakai pilihan ganti untuk membuat yang baru.</source>
        <translation>A signing key already exists. Use the replace option to create a new one.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="408"/>
        <source>Kunci tanda tangan sudah ada. Pakai pilihan ganti untuk menggantinya.</source>
        <translation>A signing key already exists. Use the replace option to replace it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="415"/>
        <source>Berkas PKCS#12 tidak bisa dibuka: kata sandinya salah atau berkasnya bukan PKCS#12.</source>
        <translation>The PKCS#12 file cannot be opened: the password is wrong or the file is not PKCS#12.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="418"/>
        <source>Berkas PKCS#12 itu tidak berisi kunci privat dan sertifikat.</source>
        <translation>That PKCS#12 file holds no private key and certificate.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="422"/>
        <source>Kurva kunci {c} tidak didukung.</source>
        <translation>The key curve {c} is not supported.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="425"/>
        <source>Kunci RSA {n} bit terlalu lemah (paling sedikit 2048).</source>
        <translation>An RSA key of {n} bits is too weak (at least 2048).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="428"/>
        <source>Jenis kunci {t} tidak didukung; pakai RSA atau ECDSA (Ed25519 ditolak banyak validator PDF).</source>
        <translation>The key type {t} is not supported; use RSA or ECDSA (many PDF validators reject Ed25519).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/pades.py" line="249"/>
        <source>Penandatanganan gagal; server cap waktu {url} tidak bisa dihubungi atau menolak permintaan.</source>
        <translation>Signing failed; the timestamp server {url} could not be reached or refused the request.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/pades.py" line="254"/>
        <source>Penandatanganan gagal ({error}). Rinciannya tercatat di folder log.</source>
        <translation>Signing failed ({error}). The details are recorded in the log folder.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="184"/>
        <source>Folder cadangan &apos;{p}&apos; tidak bisa dibuat: {e}.</source>
        <translation>The backup folder &apos;{p}&apos; cannot be created: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="195"/>
        <source>Cadangan tidak bisa dibuat di &apos;{p}&apos;: {e}.</source>
        <translation>A backup cannot be made in &apos;{p}&apos;: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="202"/>
        <source>Cadangan yang baru dibuat tidak lolos pemeriksaan ({k}); berkas itu dihapus. Database mungkin rusak.</source>
        <translation>The backup just made did not pass the check ({k}); that file was deleted. The database may be damaged.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="270"/>
        <source>&apos;{p}&apos; tidak bisa dipulihkan: berkas itu bukan cadangan yang utuh ({k}).</source>
        <translation>&apos;{p}&apos; cannot be restored: that file is not an intact backup ({k}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="278"/>
        <source>Database saat ini {k}; pemulihan dibatalkan agar isinya tidak hilang. {advice}</source>
        <translation>The current database is {k}; the restore was cancelled so that its content is not lost. {advice}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="284"/>
        <source>Cadangan itu milik NIP {other}, bukan NIP {own} dari database ini; tidak dipulihkan.</source>
        <translation>That backup belongs to NIP {other}, not to NIP {own} of this database; not restored.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="304"/>
        <source>Pemulihan gagal: {e}. Database tidak diganti.</source>
        <translation>The restore failed: {e}. The database was not replaced.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="377"/>
        <source>Aplikasi Absensi sedang terbuka untuk folder data ini (proses {pid}). Tutup dulu, lalu ulangi.</source>
        <translation>The Absensi application is open for this data folder (process {pid}). Close it first, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="389"/>
        <source>Database sedang dibuka program lain (mungkin aplikasi Absensi masih berjalan). Tutup dulu, lalu ulangi pemulihan.</source>
        <translation>The database is open in another program (perhaps the Absensi application is still running). Close it first, then try the restore again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/database.py" line="106"/>
        <source>Data sedang dipakai program lain (misalnya aplikasi Absensi yang sedang menyimpan). Tidak ada yang diubah; coba lagi sebentar lagi.</source>
        <translation>The data is in use by another program (for example an Absensi application that is saving). Nothing was changed; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/database.py" line="110"/>
        <source>Disk penuh: perubahan tidak disimpan. Kosongkan ruang disk lalu coba lagi.</source>
        <translation>The disk is full: the change was not saved. Free some disk space and try again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/database.py" line="113"/>
        <source>Database hanya bisa dibaca (folder data atau berkasnya tidak boleh ditulisi): perubahan tidak disimpan.</source>
        <translation>The database is read-only (the data folder or its file may not be written to): the change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/database.py" line="118"/>
        <source>Database rusak: perubahan tidak disimpan. Tutup aplikasi, lalu pulihkan cadangan terakhir (&apos;absensi backup restore&apos; atau menu Berkas › Pulihkan cadangan).</source>
        <translation>The database is damaged: the change was not saved. Close the application, then restore the latest backup (&apos;absensi backup restore&apos; or the menu File › Restore backup).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/database.py" line="122"/>
        <source>Database tidak bisa dibaca atau ditulis (kesalahan disk): perubahan tidak disimpan.</source>
        <translation>The database cannot be read or written (disk error): the change was not saved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="330"/>
        <source>Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama.</source>
        <translation>The two passphrases differ. Type the same passphrase again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="70"/>
        <source>karakter tidak sah</source>
        <translation>an invalid character</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="71"/>
        <source>karakter kendali</source>
        <translation>a control character</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="74"/>
        <source>RHK ke-{n}: </source>
        <translation>RHK no. {n}: </translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="75"/>
        <source>RHK ke-{n}, Rencana Aksi ke-{m}: </source>
        <translation>RHK no. {n}, Rencana Aksi no. {m}: </translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="32"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="33"/>
        <source>Berkas bukti</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="34"/>
        <source>Berkas bukti dukung</source>
        <translation>Supporting evidence file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="35"/>
        <source>Berkas kunci</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="36"/>
        <source>Berkas pindah</source>
        <translation>Transfer file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="37"/>
        <source>Berkas rekap</source>
        <translation>Recap file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="38"/>
        <source>Daftar profil</source>
        <translation>Profile list</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="39"/>
        <source>Dokumen evaluasi</source>
        <translation>Evaluation document</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="40"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="41"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="42"/>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="43"/>
        <source>Sertifikat arsip</source>
        <translation>Archive certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="44"/>
        <source>Tembolok hari libur</source>
        <translation>Holiday cache</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="130"/>
        <source>dipakai</source>
        <translation>be used</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="419"/>
        <source>diimpor</source>
        <extracomment>scrypt cost (2**15 x 8 x 1: about 32 MiB and a tenth of a second per unlock), so a stolen key file resists guessing far better than PEM&apos;s default PBKDF2.</extracomment>
        <translation>be imported</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="46"/>
        <source>tidak ada</source>
        <extracomment>How long the check waits for another program&apos;s lock (the same as a write&apos;s busy timeout). Above this size the start-up runs ``quick_check`` instead of the full ``integrity_check``. Not a kind of file problem: the disk (or the user&apos;s quota) is full. A good SQLite file whose tables are not Absensi&apos;s (no schema revision). Problems of the file itself: what it holds is lost or never was Absensi&apos;s, so a restore may put it aside. The others (locked, newer, not a file) are not the file&apos;s fault. The problem kinds in the user&apos;s words (for lists and messages).</extracomment>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="47"/>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="48"/>
        <source>bukan database SQLite</source>
        <translation>not an SQLite database</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="49"/>
        <source>database program lain</source>
        <translation>another program&apos;s database</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="50"/>
        <source>terpotong</source>
        <translation>truncated</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="51"/>
        <source>rusak</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="52"/>
        <source>dikunci program lain</source>
        <translation>locked by another program</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="53"/>
        <source>hanya bisa dibaca</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="54"/>
        <source>dari versi Absensi yang lebih baru</source>
        <translation>from a newer version of Absensi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="55"/>
        <source>tidak bisa dibaca</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/health.py" line="56"/>
        <source>bukan berkas biasa</source>
        <translation>not a regular file</translation>
    </message>
</context>
<context>
    <name>EvaluationExport</name>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="43"/>
        <source>Dokumen evaluasi kinerja</source>
        <translation>Performance evaluation document</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="45"/>
        <source>Tahun periode SKP yang dievaluasi:</source>
        <translation>Year of the SKP period to evaluate:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="51"/>
        <source>Tulis tahun dengan angka, mis. 2026.</source>
        <translation>Write the year in digits, e.g. 2026.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="57"/>
        <source>Tahun {year} memiliki beberapa periode SKP. Pilih satu:</source>
        <translation>{year} has several SKP periods. Choose one:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="70"/>
        <source>Tandatangani dokumen evaluasi {period}?</source>
        <translation>Sign the evaluation document for {period}?</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="71"/>
        <source>PDF bertanda tangan</source>
        <translation>Signed PDF</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="71"/>
        <source>PDF tanpa tanda tangan</source>
        <translation>Unsigned PDF</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="76"/>
        <source>Frasa sandi kunci tanda tangan:</source>
        <translation>Signing key passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="81"/>
        <source>Simpan dokumen evaluasi</source>
        <translation>Save the evaluation document</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="81"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="98"/>
        <source>ditandatangani</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="98"/>
        <source>TANPA tanda tangan</source>
        <translation>UNSIGNED</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="99"/>
        <source>Dokumen evaluasi kinerja {period} ({what}) ditulis ke {path} ({pages} halaman).</source>
        <translation>Performance evaluation document {period} ({what}) written to {path} ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="122"/>
        <source>Bahasa laporan dokumen evaluasi (teks tetap, tanggal dan angka):</source>
        <translation>Language of the evaluation document (fixed texts, dates and numbers):</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="124"/>
        <source>Terakhir dipilih: {name}. Data bertanda tangan di dalamnya sama untuk keduanya.</source>
        <translation>Last chosen: {name}. The signed data inside is the same for both.</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../../src/absensi_app/views/evidence_box.py" line="25"/>
        <source>&amp;Lampirkan bukti dukung di dalam PDF</source>
        <translation>&amp;Attach the supporting evidence inside the PDF</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evidence_box.py" line="27"/>
        <source>Berkas bukti dukung ikut ditandatangani di dalam PDF; yang tidak dilampirkan tetap tercantum dengan hash-nya.</source>
        <translation>The supporting evidence files are signed inside the PDF; those not attached are still listed with their hash.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evidence_box.py" line="29"/>
        <source>Lewati berkas di atas</source>
        <translation>Skip the files above</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/evidence_box.py" line="66"/>
        <source>Bukti dukung: %n berkas, {size}</source>
        <translation>
            <numerusform>Supporting evidence: %n file, {size}</numerusform>
            <numerusform>Supporting evidence: %n files, {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/evidence_box.py" line="74"/>
        <source>Dilampirkan %n berkas ({size}); {left} tidak dilampirkan (tercantum dengan hash-nya).</source>
        <translation>
            <numerusform>%n file attached ({size}); {left} not attached (listed with their hash).</numerusform>
            <numerusform>%n files attached ({size}); {left} not attached (listed with their hash).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/evidence_box.py" line="78"/>
        <source>%n berkas tidak ada lagi di folder data.</source>
        <translation>
            <numerusform>%n file is no longer in the data folder.</numerusform>
            <numerusform>%n files are no longer in the data folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="76"/>
        <source>Ekspor ringkasan bulanan</source>
        <translation>Export monthly summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="94"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="98"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="104"/>
        <source>PDF &amp;bertanda tangan</source>
        <translation>&amp;Signed PDF</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="104"/>
        <source>ditandatangani dengan kunci Anda; bulan itu lalu dikunci</source>
        <translation>signed with your key; the month is then locked</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="107"/>
        <source>PDF &amp;tanpa tanda tangan (untuk aplikasi resmi)</source>
        <translation>&amp;Unsigned PDF (for the official application)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="108"/>
        <source>untuk ditandatangani di aplikasi TTE kantor; bulan tidak dikunci</source>
        <translation>to be signed in the office&apos;s e-signature (TTE) application; the month is not locked</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="110"/>
        <source>&amp;XLSX Progres Harian e-Kinerja</source>
        <translation>&amp;XLSX e-Kinerja Progres Harian</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="110"/>
        <source>satu baris per kegiatan, siap diimpor ke e-Kinerja BKN</source>
        <translation>one row per activity, ready to import into BKN&apos;s e-Kinerja</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="111"/>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="111"/>
        <source>kolom yang sama, ditambah Lokasi dan Menit</source>
        <translation>the same columns, plus Location and Minutes</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="124"/>
        <source>Tabel kegiatan &amp;ringkas</source>
        <translation>Co&amp;mpact activity table</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="126"/>
        <source>Kegiatan sehari dikelompokkan di bawah satu baris tanggal: bulan yang padat muat di lebih sedikit halaman.</source>
        <translation>A day&apos;s activities are grouped under one date row: a busy month fits on fewer pages.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="128"/>
        <source>untuk PDF: kegiatan sehari di bawah satu baris tanggal, lebih sedikit halaman</source>
        <translation>for PDF: a day&apos;s activities under one date row, fewer pages</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="143"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="146"/>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="243"/>
        <source>Buat kunci tanda tangan…</source>
        <translation>Create signing key…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="154"/>
        <source>frasa sandi kunci tanda tangan</source>
        <translation>signing key passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="161"/>
        <source>&amp;Frasa sandi</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="83"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="175"/>
        <source>&amp;Ekspor…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="177"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="232"/>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="262"/>
        <source>Kunci tanda tangan…</source>
        <translation>Signing key…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="238"/>
        <source>Belum ada kunci tanda tangan. Buat kunci sekarang (dilindungi frasa sandi Anda), atau pilih PDF tanpa tanda tangan untuk ditandatangani di aplikasi resmi.</source>
        <translation>There is no signing key yet. Create a key now (protected by your passphrase), or choose the unsigned PDF to sign in the official application.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="247"/>
        <source>Sertifikat: {name} (NIP {nip}), {key_type}, berlaku s.d. {until}.</source>
        <translation>Certificate: {name} (NIP {nip}), {key_type}, valid until {until}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="257"/>
        <source>NIP sertifikat berbeda dengan NIP profil ({nip}): buat kunci baru untuk profil ini.</source>
        <translation>The certificate&apos;s NIP differs from the profile&apos;s NIP ({nip}): create a new key for this profile.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="286"/>
        <source>Belum pernah diekspor bertanda tangan.</source>
        <translation>No signed export yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="290"/>
        <source>Terkunci: ringkasan revisi {revision} diekspor {when}.</source>
        <translation>Locked: summary revision {revision} exported {when}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="297"/>
        <source>Kunci dibuka sesudah revisi {revision}.</source>
        <translation>Unlocked after revision {revision}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="303"/>
        <source>{month} sudah terkunci. Ekspor bertanda tangan sekarang menghasilkan lagi revisi {revision} dengan data yang sama.</source>
        <translation>{month} is already locked. A signed export now produces revision {revision} again with the same data.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="310"/>
        <source>Menandatangani mengunci {month}: kegiatan dan status hari bulan itu tidak bisa diubah sampai kuncinya dibuka (Berkas › Buka kunci bulan; alasannya dicatat di riwayat). Ringkasan ini menjadi revisi {revision}; ekspor bertanda tangan sesudah kunci dibuka menjadi revisi {next}.</source>
        <translation>Signing locks {month}: that month&apos;s activities and day statuses cannot be changed until it is unlocked (File › Unlock month; the reason is recorded in the history). This summary becomes revision {revision}; a signed export after unlocking becomes revision {next}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_run.py" line="59"/>
        <source>Belum ada kunci tanda tangan. Buat kunci dulu, atau pilih PDF tanpa tanda tangan.</source>
        <translation>There is no signing key yet. Create a key first, or choose the unsigned PDF.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_run.py" line="63"/>
        <source>Isi frasa sandi kunci tanda tangan.</source>
        <translation>Enter the signing key&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_run.py" line="74"/>
        <location filename="../../src/absensi_app/views/export_run.py" line="75"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_run.py" line="76"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_run.py" line="77"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_run.py" line="79"/>
        <source>Simpan ringkasan</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_run.py" line="112"/>
        <source>Frasa sandi salah. Tidak ada berkas yang ditulis dan bulan tidak dikunci.</source>
        <translation>Wrong passphrase. No file was written and the month was not locked.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="41"/>
        <source>Bahasa judul, kolom, nama bulan dan hari, tanggal dan angka di PDF. Uraian kegiatan tetap seperti yang Anda tulis; data bertanda tangan di dalamnya sama untuk keduanya.</source>
        <translation>Language of the PDF&apos;s titles, columns, month and day names, dates and numbers. Activity descriptions stay as you wrote them; the signed data inside is the same for both.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="44"/>
        <source>Bahasa la&amp;poran:</source>
        <translation>Re&amp;port language:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="46"/>
        <source>untuk PDF: judul, kolom, tanggal dan angka; XLSX dan CSV tetap berkolom e-Kinerja</source>
        <translation>for the PDF: titles, columns, dates and numbers; XLSX and CSV keep the e-Kinerja columns</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="98"/>
        <source>Ringkasan {month} revisi {revision} ditandatangani dan disimpan.</source>
        <translation>Summary of {month} revision {revision} signed and saved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="101"/>
        <source>{month} sekarang terkunci.</source>
        <translation>{month} is now locked.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="103"/>
        <source>Ringkasan {month} &lt;b&gt;tanpa tanda tangan&lt;/b&gt; disimpan.</source>
        <translation>&lt;b&gt;Unsigned&lt;/b&gt; summary of {month} saved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="104"/>
        <source>Tandatangani PDF ini di aplikasi resmi. Bulan tidak dikunci.</source>
        <translation>Sign this PDF in the official application. The month is not locked.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="106"/>
        <source>{rows} kegiatan {month} ditulis ({format}).</source>
        <translation>{rows} activities of {month} written ({format}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="112"/>
        <source>{pages} halaman • SHA-256 {sha}…</source>
        <translation>{pages} pages • SHA-256 {sha}…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="115"/>
        <source>Bukti dukung: {n} berkas dilampirkan, {left} tidak dilampirkan.</source>
        <translation>Supporting evidence: {n} files attached, {left} not attached.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_result.py" line="124"/>
        <source>Perhatian: {n} dari {rows} kegiatan belum punya Rencana Aksi. e-Kinerja melewati baris seperti itu tanpa pemberitahuan; pilih Rencana Aksinya pada kegiatan tersebut lalu ekspor lagi.</source>
        <translation>Note: {n} of {rows} activities have no Rencana Aksi (action plan) yet. e-Kinerja skips such rows without notice; choose their Rencana Aksi on those activities, then export again.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="35"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="36"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="37"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="38"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="39"/>
        <location filename="../../src/absensi_app/views/formatting.py" line="53"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="40"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="41"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="42"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="43"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="44"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="45"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="46"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="49"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="50"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="51"/>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="52"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="54"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="55"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="56"/>
        <source>Agu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="57"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="58"/>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="59"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="60"/>
        <source>Des</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="63"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="64"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="65"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="66"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="67"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="68"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="69"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="72"/>
        <source>Sen</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="73"/>
        <source>Sel</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="74"/>
        <source>Rab</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="75"/>
        <source>Kam</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="76"/>
        <source>Jum</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="77"/>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="78"/>
        <source>Min</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="110"/>
        <source>Triwulan {roman}</source>
        <translation>Quarter {roman}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="123"/>
        <source>{weekday}, {day} {month} {year}</source>
        <translation>{weekday}, {day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="180"/>
        <source>{h} j {m} m</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="202"/>
        <location filename="../../src/absensi_app/views/formatting.py" line="182"/>
        <source>{h} j</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="184"/>
        <source>{m} m</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="195"/>
        <source>{hours} jam</source>
        <translation>{hours} hours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/formatting.py" line="207"/>
        <source>%n byte</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="38"/>
        <source>jam mulai</source>
        <translation>start time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="39"/>
        <source>jam selesai</source>
        <translation>end time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="40"/>
        <source>durasi</source>
        <translation>duration</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="41"/>
        <source>lokasi</source>
        <translation>location</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="42"/>
        <source>uraian</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="43"/>
        <source>jumlah output</source>
        <translation>output quantity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="44"/>
        <source>satuan</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="45"/>
        <source>RHK</source>
        <translation>RHK</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="46"/>
        <source>Rencana Aksi</source>
        <translation>Rencana Aksi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="47"/>
        <source>berkas bukti</source>
        <translation>evidence file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="48"/>
        <source>tautan bukti</source>
        <translation>evidence link</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="61"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="62"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="63"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="64"/>
        <source>Perihal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="65"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="71"/>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="76"/>
        <source>Setiap perubahan kegiatan, status hari, ekspor bertanda tangan dan pembukaan kunci dicatat di sini dan tidak bisa dihapus. Setiap catatan memuat sidik (hash) catatan sebelumnya, sehingga catatan yang diubah, dihapus atau disisipkan di luar aplikasi akan terlihat.</source>
        <translation>Every change to activities and day statuses, every signed export and every unlocking is recorded here and cannot be deleted. Each record holds the fingerprint (hash) of the record before it, so a record changed, deleted or inserted outside the application becomes visible.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="88"/>
        <source>&amp;Bulan</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="105"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="117"/>
        <source>Semua bulan</source>
        <translation>All months</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="135"/>
        <source>✓ Rantai riwayat utuh: {count} catatan diperiksa, tidak ada yang diubah, dihapus atau disisipkan.</source>
        <translation>✓ History chain intact: {count} records checked, none changed, deleted or inserted.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="142"/>
        <source>ada catatan yang hilang</source>
        <translation>records are missing</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="143"/>
        <source>urutan catatan tidak cocok</source>
        <translation>the order of records does not match</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="144"/>
        <source>isi catatan berubah</source>
        <translation>a record&apos;s content changed</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="148"/>
        <source>✗ Rantai riwayat RUSAK pada catatan {seq} ({problem}). Basis data diubah di luar aplikasi; ringkasan bertanda tangan yang sudah diekspor tetap menjadi acuan.</source>
        <translation>✗ History chain BROKEN at record {seq} ({problem}). The database was changed outside the application; the signed summaries already exported remain the reference.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="179"/>
        <source>{n} catatan</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="190"/>
        <source>Tambah kegiatan</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="191"/>
        <source>Ubah kegiatan</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="192"/>
        <source>Hapus kegiatan</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="193"/>
        <source>Pulihkan kegiatan</source>
        <translation>Restore activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="194"/>
        <source>Status hari</source>
        <translation>Day status</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="195"/>
        <source>Lepas RHK</source>
        <translation>Unlink RHK</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="196"/>
        <source>Ekspor bertanda tangan</source>
        <translation>Signed export</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="197"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="208"/>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="215"/>
        <source>Ringkasan {month}</source>
        <translation>Summary of {month}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="209"/>
        <source>revisi {revision}, SHA-256 PDF {sha}…</source>
        <translation>revision {revision}, PDF SHA-256 {sha}…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="216"/>
        <source>sesudah revisi {revision}; alasan: {reason}</source>
        <translation>after revision {revision}; reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="223"/>
        <source>Hari {day}</source>
        <translation>Day {day}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="227"/>
        <source>Kegiatan {day} {time}</source>
        <translation>Activity {day} {time}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="232"/>
        <source>tanggal</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="233"/>
        <source>{description} (diubah: {fields})</source>
        <translation>{description} (changed: {fields})</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="234"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="237"/>
        <source>{description} (tautan RHK/Rencana Aksi dilepas)</source>
        <translation>{description} (RHK/Rencana Aksi link removed)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="251"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>HolidayTable</name>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="96"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="96"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="96"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="124"/>
        <source>(perkiraan)</source>
        <translation>(estimated)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="164"/>
        <source>Anda menjadikan tanggal ini hari kerja biasa.</source>
        <translation>You made this date an ordinary working day.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="166"/>
        <source>Hari libur Anda; di kalender nasional: {name}</source>
        <translation>Your holiday; in the national calendar: {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="168"/>
        <source>Hari libur yang Anda tambahkan.</source>
        <translation>A holiday you added.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="170"/>
        <source>Tanggal perkiraan: pastikan dengan SKB 3 Menteri tentang hari libur nasional dan cuti bersama.</source>
        <translation>Estimated date: confirm it with the joint ministerial decree (SKB 3 Menteri) on national holidays and collective leave.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="171"/>
        <source>Kalender nasional (hari libur dan cuti bersama).</source>
        <translation>National calendar (holidays and collective leave).</translation>
    </message>
</context>
<context>
    <name>KeyActionBox</name>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="57"/>
        <source>paling sedikit {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="67"/>
        <source>&amp;Frasa sandi baru</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="68"/>
        <location filename="../../src/absensi_app/views/key_forms.py" line="104"/>
        <source>&amp;Ulangi frasa sandi</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="77"/>
        <source>Frasa sandi yang terlupa tidak bisa dipulihkan; bila lupa, buat kunci baru.</source>
        <translation>A forgotten passphrase cannot be recovered; if you forget it, create a new key.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="80"/>
        <source>Frasa sandi &amp;lama</source>
        <translation>&amp;Current passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="81"/>
        <source>Frasa sandi &amp;baru</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="82"/>
        <source>&amp;Ulangi frasa sandi baru</source>
        <translation>&amp;Repeat new passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="86"/>
        <source>berkas .p12 atau .pfx</source>
        <translation>.p12 or .pfx file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="87"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="92"/>
        <source>kata sandi berkas PKCS#12</source>
        <translation>password of the PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="101"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="102"/>
        <source>&amp;Kata sandi berkas</source>
        <translation>File pass&amp;word</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="103"/>
        <source>&amp;Frasa sandi di Absensi</source>
        <translation>&amp;Passphrase in Absensi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="113"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="132"/>
        <source>Kunci baru (ECDSA P-256) atas nama {name}, NIP {nip}. Frasa sandi melindungi kunci ini dan tidak bisa dipulihkan bila lupa.</source>
        <translation>New key (ECDSA P-256) in the name of {name}, NIP {nip}. The passphrase protects this key and cannot be recovered if forgotten.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="136"/>
        <source>Buat kunci baru</source>
        <translation>Create new key</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="136"/>
        <source>Buat kunci</source>
        <translation>Create key</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="139"/>
        <source>Ganti frasa sandi</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="145"/>
        <source>Kunci dari berkas disimpan di Absensi dengan frasa sandi baru Anda (boleh berbeda dari kata sandi berkasnya). Kunci RSA (minimal 2048 bit) atau ECDSA.</source>
        <translation>The key from the file is stored in Absensi with your new passphrase (it may differ from the file&apos;s password). RSA keys (at least 2048 bits) or ECDSA.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="149"/>
        <source>Impor sertifikat PKCS#12</source>
        <translation>Import PKCS#12 certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="149"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="177"/>
        <source>Pilih berkas PKCS#12</source>
        <translation>Choose a PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="177"/>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</source>
        <translation>PKCS#12 certificate (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="203"/>
        <source>Kunci tidak bisa disimpan: {error}</source>
        <translation>The key cannot be saved: {error}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="214"/>
        <source>Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama.</source>
        <translation>The two passphrases differ. Type the same passphrase again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="230"/>
        <source>Kunci tanda tangan dibuat. Pemilik sertifikat: {name}</source>
        <translation>Signing key created. Certificate holder: {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="235"/>
        <source>Isi frasa sandi lama.</source>
        <translation>Enter the current passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="244"/>
        <source>Frasa sandi lama salah. Frasa sandi tidak diganti.</source>
        <translation>The current passphrase is wrong. The passphrase was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="252"/>
        <source>Frasa sandi diganti. Pakai frasa sandi baru untuk ekspor berikutnya.</source>
        <translation>Passphrase changed. Use the new passphrase for the next export.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="257"/>
        <source>Pilih berkas PKCS#12 (.p12 atau .pfx).</source>
        <translation>Choose a PKCS#12 file (.p12 or .pfx).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="275"/>
        <source>Sertifikat {name} (penerbit {issuer}) sekarang dipakai untuk tanda tangan.</source>
        <translation>The certificate {name} (issuer {issuer}) is now used for signing.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="63"/>
        <source>Kunci tanda tangan</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="66"/>
        <source>Kunci ini menandatangani ringkasan bulanan Anda. Kunci dibuat dan disimpan di komputer ini, terenkripsi dengan frasa sandi Anda, sehingga tanda tangannya termasuk &lt;i&gt;tanda tangan elektronik tidak tersertifikasi&lt;/i&gt; (PP 71/2019). Bila Anda memegang sertifikat dari Penyelenggara Sertifikasi Elektronik dalam berkas PKCS#12 (.p12/.pfx), impor di sini.</source>
        <translation>This key signs your monthly summaries. The key is created and stored on this computer, encrypted with your passphrase, so its signatures count as &lt;i&gt;uncertified electronic signatures&lt;/i&gt; (tanda tangan elektronik tidak tersertifikasi, PP 71/2019). If you hold a certificate from an electronic certification provider in a PKCS#12 file (.p12/.pfx), import it here.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="76"/>
        <source>Sertifikat tanda tangan</source>
        <translation>Signing certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="79"/>
        <source>Belum ada kunci tanda tangan. Buat kunci baru, atau impor sertifikat PKCS#12. Tanpa kunci, ringkasan hanya bisa diekspor tanpa tanda tangan.</source>
        <translation>There is no signing key yet. Create a new key, or import a PKCS#12 certificate. Without a key, summaries can only be exported unsigned.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="97"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="98"/>
        <source>Salin sidik jari ke papan klip</source>
        <translation>Copy the fingerprint to the clipboard</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="108"/>
        <source>Pemilik</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="109"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="110"/>
        <source>Jenis kunci</source>
        <translation>Key type</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="111"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="112"/>
        <source>Penerbit</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="113"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="114"/>
        <source>Sidik jari SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="118"/>
        <source>Buat kunci baru…</source>
        <translation>Create new key…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="119"/>
        <source>Ganti frasa sandi…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="120"/>
        <source>Impor PKCS#12…</source>
        <translation>Import PKCS#12…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="121"/>
        <source>Ekspor sertifikat…</source>
        <translation>Export certificate…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="123"/>
        <source>Simpan sertifikat (tanpa kunci privat) ke berkas .cer untuk Pejabat Penilai Kinerja</source>
        <translation>Save the certificate (without the private key) to a .cer file for the appraising official</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="153"/>
        <source>Server cap waktu (RFC 3161)</source>
        <translation>Timestamp server (RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="155"/>
        <source>https://… (kosongkan bila tidak dipakai)</source>
        <translation>https://… (leave empty if not used)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="157"/>
        <source>Simpan alamat</source>
        <translation>Save address</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="175"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="221"/>
        <source>{first} s.d. {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="227"/>
        <source>Dibuat Absensi (CA pribadi di komputer ini)</source>
        <translation>Made by Absensi (private CA on this computer)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="229"/>
        <source>Diimpor dari berkas PKCS#12</source>
        <translation>Imported from a PKCS#12 file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="237"/>
        <source>NIP di sertifikat ({cert}) berbeda dengan NIP profil ({nip}): ekspor bertanda tangan akan ditolak. Buat kunci baru untuk profil ini.</source>
        <translation>The NIP in the certificate ({cert}) differs from the profile&apos;s NIP ({nip}): signed exports will be refused. Create a new key for this profile.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="246"/>
        <source>Sertifikat ini sudah kedaluwarsa; buat kunci baru.</source>
        <translation>This certificate has expired; create a new key.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="258"/>
        <source>Tanda tangan diberi cap waktu dari server ini (PAdES B-T). Ekspor bertanda tangan membutuhkan koneksi internet.</source>
        <translation>Signatures get a timestamp from this server (PAdES B-T). A signed export needs an internet connection.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="265"/>
        <source>Tanpa cap waktu: waktu tanda tangan diambil dari jam komputer ini (PAdES B-B). Ekspor bisa dilakukan tanpa internet.</source>
        <translation>No timestamp: the signing time is taken from this computer&apos;s clock (PAdES B-B). Exports work without internet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="280"/>
        <source>Sidik jari disalin.</source>
        <translation>Fingerprint copied.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="295"/>
        <source>Kunci dan sertifikat yang sekarang akan diganti. Ringkasan yang sudah ditandatangani tetap sah, tetapi atasan perlu sertifikat baru untuk memeriksa tanda tangan berikutnya. Lanjutkan?</source>
        <translation>The current key and certificate will be replaced. Summaries already signed remain valid, but the supervisor needs the new certificate to check the next signatures. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="304"/>
        <source>Isi profil pegawai dulu: nama dan NIP masuk ke sertifikat.</source>
        <translation>Fill in the employee profile first: the name and NIP go into the certificate.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="306"/>
        <source>Buat kunci baru</source>
        <translation>Create new key</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="318"/>
        <source>Impor PKCS#12</source>
        <translation>Import PKCS#12</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="339"/>
        <source>Belum ada kunci tanda tangan.</source>
        <translation>There is no signing key yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="344"/>
        <source>Ekspor sertifikat</source>
        <translation>Export certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="346"/>
        <source>Sertifikat (*.cer *.crt *.pem)</source>
        <translation>Certificate (*.cer *.crt *.pem)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="358"/>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="366"/>
        <source>Berkas &apos;{path}&apos; tidak bisa ditulis: {error}</source>
        <translation>The file &apos;{path}&apos; cannot be written: {error}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="372"/>
        <source>Sertifikat disimpan ke {path}. Kirimkan ke Pejabat Penilai Kinerja bersama sidik jarinya, agar tanda tangan Anda bisa diperiksa.</source>
        <translation>Certificate saved to {path}. Send it to the appraising official together with its fingerprint, so that your signatures can be checked.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="386"/>
        <source>Alamat server cap waktu disimpan.</source>
        <translation>Timestamp server address saved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="386"/>
        <source>Cap waktu tidak dipakai.</source>
        <translation>No timestamp is used.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="27"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="28"/>
        <source>Kantor lain</source>
        <translation>Another office</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="29"/>
        <source>Rumah</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="30"/>
        <source>Lokasi lain</source>
        <translation>Other location</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="31"/>
        <location filename="../../src/absensi_app/views/labels.py" line="35"/>
        <source>Dinas Luar</source>
        <translation>Official travel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="34"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="36"/>
        <source>Cuti</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="37"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="38"/>
        <source>Izin</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="39"/>
        <source>Tugas Belajar</source>
        <translation>Study assignment</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="40"/>
        <source>Libur</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="41"/>
        <source>Tanpa Keterangan</source>
        <translation>Unexcused absence</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="44"/>
        <source>Cuti Tahunan</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="45"/>
        <source>Cuti Besar</source>
        <translation>Long service leave</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="46"/>
        <source>Cuti Sakit</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="47"/>
        <source>Cuti Melahirkan</source>
        <translation>Maternity leave</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="48"/>
        <source>Cuti Karena Alasan Penting</source>
        <translation>Leave for important reasons</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="49"/>
        <source>Cuti Bersama</source>
        <translation>Collective leave (cuti bersama)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="50"/>
        <source>Cuti di Luar Tanggungan Negara</source>
        <translation>Unpaid leave</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="440"/>
        <location filename="../../src/absensi_app/domain/skp.py" line="443"/>
        <source>Kurang/Misconduct</source>
        <translation>Poor/Misconduct</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="441"/>
        <location filename="../../src/absensi_app/domain/skp.py" line="444"/>
        <location filename="../../src/absensi_app/domain/skp.py" line="445"/>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="442"/>
        <source>Sangat Baik</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="446"/>
        <source>Sangat Kurang</source>
        <translation>Very Poor</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="447"/>
        <location filename="../../src/absensi_app/domain/skp.py" line="448"/>
        <source>Butuh Perbaikan</source>
        <translation>Needs Improvement</translation>
    </message>
</context>
<context>
    <name>LocationChart</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="127"/>
        <source>Lokasi kerja bulan ini</source>
        <translation>Work locations this month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="137"/>
        <source>Belum ada kegiatan tercatat pada bulan ini.</source>
        <translation>No activities logged this month yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="144"/>
        <source>Jam</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="144"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="159"/>
        <source>Hari: banyaknya hari dengan kegiatan di lokasi itu.</source>
        <translation>Days: the number of days with activities at that location.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="178"/>
        <source>{place}: {hours}, %n hari</source>
        <translation>
            <numerusform>{place}: {hours}, %n day</numerusform>
            <numerusform>{place}: {hours}, %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="104"/>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="106"/>
        <source>Ula&amp;ngi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="127"/>
        <source>&amp;Harian</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="128"/>
        <source>&amp;Kemajuan</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="127"/>
        <source>Kegiatan satu hari (Ctrl+1)</source>
        <translation>One day&apos;s activities (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="128"/>
        <source>Kemajuan bulan ini: jam, lokasi, hari kosong, capaian SKP (Ctrl+2)</source>
        <translation>This month&apos;s progress: hours, locations, unlogged days, SKP progress (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="129"/>
        <source>Kegiatan &amp;baru</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="130"/>
        <source>&amp;Simpan kegiatan</source>
        <translation>&amp;Save activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="131"/>
        <source>U&amp;bah kegiatan terpilih</source>
        <translation>&amp;Edit selected activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="132"/>
        <source>&amp;Hapus kegiatan terpilih</source>
        <translation>&amp;Delete selected activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="133"/>
        <source>Salin dari hari &amp;sebelumnya</source>
        <translation>&amp;Copy from previous day</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="134"/>
        <source>&amp;Mulai timer</source>
        <translation>Start &amp;timer</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="134"/>
        <source>Mulai timer dari formulir, atau hentikan timer yang berjalan (Ctrl+Shift+T)</source>
        <translation>Start a timer from the form, or stop the running timer (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="135"/>
        <source>Hari se&amp;belumnya</source>
        <translation>Pre&amp;vious day</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="136"/>
        <source>Hari beri&amp;kutnya</source>
        <translation>Ne&amp;xt day</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="137"/>
        <source>Hari &amp;ini</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="138"/>
        <source>&amp;Pilih tanggal di kalender</source>
        <translation>&amp;Go to a date in the calendar</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="139"/>
        <source>&amp;Profil dan jadwal kerja…</source>
        <translation>&amp;Profile and work schedule…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="140"/>
        <source>&amp;Rencana SKP…</source>
        <translation>&amp;SKP plan…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="141"/>
        <source>&amp;Kalender kerja…</source>
        <translation>Work &amp;calendar…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="142"/>
        <source>Kunci &amp;tanda tangan…</source>
        <translation>Signing &amp;key…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="143"/>
        <source>&amp;Ekspor ringkasan…</source>
        <translation>&amp;Export summary…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="143"/>
        <source>Ekspor ringkasan bulanan: PDF bertanda tangan, PDF tanpa tanda tangan, XLSX e-Kinerja atau CSV (Ctrl+E)</source>
        <translation>Export the monthly summary: signed PDF, unsigned PDF, e-Kinerja XLSX or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="144"/>
        <source>Dokumen e&amp;valuasi kinerja…</source>
        <translation>Performance e&amp;valuation document…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="144"/>
        <source>Dokumen Evaluasi Kinerja Pegawai setahun: RHK, target, realisasi per triwulan, keputusan pejabat penilai</source>
        <translation>The employee&apos;s yearly performance evaluation document (Dokumen Evaluasi Kinerja Pegawai): RHK, targets, actuals per quarter, the appraising official&apos;s decisions</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="145"/>
        <source>B&amp;uka kunci bulan…</source>
        <translation>&amp;Unlock month…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="146"/>
        <source>&amp;Riwayat perubahan…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="147"/>
        <source>&amp;Buka ringkasan…</source>
        <translation>&amp;Open summary…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="148"/>
        <source>Rekap &amp;tim…</source>
        <translation>&amp;Team recap…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="149"/>
        <source>Buka &amp;arsip instansi…</source>
        <translation>Open the &amp;agency archive…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="149"/>
        <source>Keadaan bulanan semua pegawai instansi dari arsip PostgreSQL: unit, pegawai, yang belum mengirim, berkas bermasalah</source>
        <translation>The month&apos;s state of every employee of the agency from the PostgreSQL archive: units, staff, who has not sent, problem files</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="150"/>
        <source>Sertifikat &amp;tepercaya…</source>
        <translation>&amp;Trusted certificates…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="151"/>
        <source>Buka &amp;folder data</source>
        <translation>Open data &amp;folder</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="152"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="153"/>
        <source>&amp;Pulihkan cadangan…</source>
        <translation>&amp;Restore backup…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="154"/>
        <source>&amp;Semua pengaturan…</source>
        <translation>&amp;All settings…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="154"/>
        <source>Jadwal, Ramadan, pengingat, baki, templat, bahasa, cadangan, kop surat, tanda tangan (Ctrl+Alt+S)</source>
        <translation>Schedule, Ramadan, reminders, tray, templates, language, backups, letterhead, signature (Ctrl+Alt+S)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="155"/>
        <source>&amp;Ganti profil…</source>
        <translation>Switch &amp;profile…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="155"/>
        <source>Buka catatan pegawai lain di komputer ini (profil lain)</source>
        <translation>Open another employee&apos;s log on this computer (another profile)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="156"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="157"/>
        <source>&amp;Pintasan keyboard</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="158"/>
        <source>&amp;Tentang Absensi</source>
        <translation>&amp;About Absensi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="172"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="172"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="172"/>
        <source>&amp;Lihat</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="172"/>
        <source>Pe&amp;ngaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="172"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="175"/>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="176"/>
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="177"/>
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="178"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="179"/>
        <source>+ Kegiatan baru</source>
        <translation>+ New activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="268"/>
        <source>Bulan sebelumnya / berikutnya (di Kemajuan)</source>
        <translation>Previous / next month (in Progress)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="271"/>
        <source>Pilih templat kegiatan / simpan isian sebagai templat</source>
        <translation>Pick an activity template / save the form as a template</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="272"/>
        <source>Pindah ke kolom berikutnya</source>
        <translation>Move to the next column</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="273"/>
        <source>Batalkan pengisian</source>
        <translation>Cancel the entry</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="279"/>
        <source>Mulai / hentikan timer</source>
        <translation>Start / stop the timer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="172"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="73"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="136"/>
        <source>Absensi</source>
        <translation>Absensi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="79"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="112"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="149"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="158"/>
        <source>Memuat data…</source>
        <translation>Loading data…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="138"/>
        <source>Absensi — {name}</source>
        <translation>Absensi — {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/day_editing.py" line="128"/>
        <source>%n kegiatan disalin dari {day}. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation>
            <numerusform>%n activity copied from {day}. Press Ctrl+Z to undo.</numerusform>
            <numerusform>%n activities copied from {day}. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="65"/>
        <source>Pilih dulu kegiatan di tabel.</source>
        <translation>First select an activity in the table.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="74"/>
        <source>Pilih dulu kegiatan yang akan dihapus.</source>
        <translation>First select the activity to delete.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="81"/>
        <source>hapus kegiatan</source>
        <translation>delete activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="83"/>
        <source>Kegiatan dihapus. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation>Activity deleted. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="99"/>
        <source>ubah kegiatan</source>
        <translation>edit activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="100"/>
        <source>Perubahan disimpan.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="103"/>
        <source>tambah kegiatan</source>
        <translation>add activity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="104"/>
        <source>Kegiatan disimpan. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation>Activity saved. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="122"/>
        <source>Tidak bisa menyalin</source>
        <translation>Cannot copy</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="124"/>
        <source>salin dari hari sebelumnya</source>
        <translation>copy from previous day</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="156"/>
        <source>ubah status hari</source>
        <translation>change day status</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="160"/>
        <source>Pilih berkas bukti dukung</source>
        <translation>Choose a supporting evidence file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_editing.py" line="160"/>
        <source>Semua berkas (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="303"/>
        <source>Data terbaru belum bisa dimuat. Rinciannya tercatat di log aplikasi.</source>
        <translation>The latest data could not be loaded. The details are recorded in the application log.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="53"/>
        <source>Profil dan jadwal kerja disimpan.</source>
        <translation>Profile and work schedule saved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="93"/>
        <source>Ringkasan {month} revisi {revision} ditandatangani; bulan itu sekarang terkunci.</source>
        <translation>Summary of {month} revision {revision} signed; the month is now locked.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="105"/>
        <source>Dokumen evaluasi kinerja ditulis ke {path}.</source>
        <translation>Performance evaluation document written to {path}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="116"/>
        <source>Buka kunci bulan</source>
        <translation>Unlock month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="123"/>
        <source>{month} tidak terkunci; tidak ada yang perlu dibuka.</source>
        <translation>{month} is not locked; there is nothing to unlock.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="128"/>
        <source>Buka kunci {month}</source>
        <translation>Unlock {month}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="129"/>
        <source>Ringkasan bertanda tangan revisi {revision} untuk {month} sudah diekspor pada {when}. Sesudah kuncinya dibuka, kegiatan bisa diubah lagi dan ekspor bertanda tangan berikutnya menjadi revisi {next}. Pembukaan kunci dan alasannya dicatat di riwayat perubahan.

Alasan membuka kunci:</source>
        <translation>The signed summary revision {revision} for {month} was exported on {when}. After unlocking, activities can be changed again and the next signed export becomes revision {next}. The unlocking and its reason are recorded in the change history.

Reason for unlocking:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="147"/>
        <source>Kunci {month} dibuka. Ekspor bertanda tangan berikutnya menjadi revisi {next}.</source>
        <translation>{month} unlocked. The next signed export becomes revision {next}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="243"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="248"/>
        <source>Tentang Absensi</source>
        <translation>About Absensi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="249"/>
        <source>&lt;b&gt;Absensi {version}&lt;/b&gt;&lt;br&gt;Catatan kehadiran dan kegiatan harian ASN.&lt;br&gt;Semua data tersimpan di komputer ini:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;</source>
        <translation>&lt;b&gt;Absensi {version}&lt;/b&gt;&lt;br&gt;Attendance and daily activity log for ASN (Indonesian civil servants).&lt;br&gt;All data is stored on this computer:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/companion.py" line="91"/>
        <source>&amp;Hentikan timer…</source>
        <translation>&amp;Stop timer…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/companion.py" line="91"/>
        <source>&amp;Mulai timer</source>
        <translation>Start &amp;timer</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/companion.py" line="155"/>
        <source>Absensi tetap berjalan</source>
        <translation>Absensi keeps running</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/companion.py" line="156"/>
        <source>Absensi tetap berjalan di baki sistem (timer dan pengingat tetap jalan). Klik ikonnya untuk membuka jendela lagi; «Keluar» (Ctrl+Q) menutup Absensi.</source>
        <translation>Absensi keeps running in the system tray (timers and reminders keep running). Click its icon to open the window again; «Exit» (Ctrl+Q) closes Absensi.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="58"/>
        <source>Belum</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="58"/>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="101"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="58"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="61"/>
        <source>Bulan yang sudah lewat tanpa ringkasan</source>
        <translation>Past months without a summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="61"/>
        <source>Ringkasan yang menunggu keputusan</source>
        <translation>Summaries awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="62"/>
        <source>Bulan yang bermasalah</source>
        <translation>Months with problems</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="84"/>
        <source>Nama / NIP</source>
        <translation>Name / NIP</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="100"/>
        <source>Belum diterima</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="102"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="103"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="104"/>
        <source>MASALAH</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="109"/>
        <source>diubah/tidak sah</source>
        <translation>altered/not valid</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="110"/>
        <source>tanpa tanda tangan</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="111"/>
        <source>tidak terbaca</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="112"/>
        <source>belum dikenal</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="113"/>
        <source>mungkin palsu</source>
        <translation>possibly forged</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="114"/>
        <source>PALSU atas nama Anda</source>
        <translation>FORGED in your name</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="119"/>
        <source>berlaku</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="120"/>
        <source>diganti revisi atau keputusan yang lebih baru</source>
        <translation>superseded by a newer revision or decision</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="121"/>
        <source>salinan</source>
        <translation>copy</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="122"/>
        <source>bermasalah</source>
        <translation>with problems</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="123"/>
        <source>di luar periode</source>
        <translation>outside the period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="124"/>
        <source>tidak terpetakan (pegawai atau bulan tak terbaca)</source>
        <translation>not mapped (employee or month unreadable)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="137"/>
        <source>revisi {n}</source>
        <translation>revision {n}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="145"/>
        <source>Belum ada ringkasan bulan ini di folder.</source>
        <translation>No summary for this month in the folder yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="146"/>
        <source>Belum waktunya, atau pegawai sudah keluar.</source>
        <translation>Not due yet, or the employee has left.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="167"/>
        <source>(sudah keluar)</source>
        <translation>(has left)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="174"/>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="176"/>
        <source>Sertifikatnya belum Anda percayai.</source>
        <translation>You do not trust their certificate yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="178"/>
        <source>Ditandai sudah keluar dari tim: bulan kosong tidak dihitung.</source>
        <translation>Marked as having left the team: empty months are not counted.</translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <location filename="../../src/absensi_app/views/archive/side_lists.py" line="50"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/side_lists.py" line="50"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/side_lists.py" line="50"/>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="52"/>
        <source>Kalender bulan</source>
        <translation>Month calendar</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="115"/>
        <source>kosong</source>
        <translation>unlogged</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="117"/>
        <source>libur</source>
        <translation>holiday</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="120"/>
        <source>cuti</source>
        <translation>leave</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="123"/>
        <source>DL</source>
        <translation>travel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="132"/>
        <source>Libur: {name}</source>
        <translation>Holiday: {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="139"/>
        <source>Tercatat {logged} dari target {expected}</source>
        <translation>Logged {logged} of the target {expected}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="144"/>
        <source>Tercatat {logged}</source>
        <translation>Logged {logged}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="146"/>
        <source>Hari kerja tanpa kegiatan dan tanpa keterangan.</source>
        <translation>A working day with no activities and no status.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="149"/>
        <source>Hari kerja mendatang, target {expected}</source>
        <translation>An upcoming working day, target {expected}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="154"/>
        <source>Bukan hari kerja</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="155"/>
        <source>Klik untuk membuka tanggal ini di tampilan Harian.</source>
        <translation>Click to open this date in the Day view.</translation>
    </message>
</context>
<context>
    <name>NipField</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="51"/>
        <source>18 digit, mis. 19860926 201505 1 001</source>
        <translation>18 digits, e.g. 19860926 201505 1 001</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="87"/>
        <source>NIP PNS atau NI PPPK, 18 digit.</source>
        <translation>A PNS NIP or a PPPK NI, 18 digits.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="102"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="102"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="105"/>
        <source>PNS • lahir {born} • TMT CPNS {tmt} • {sex} • nomor urut {seq}</source>
        <translation>PNS • born {born} • CPNS from {tmt} • {sex} • sequence no. {seq}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="109"/>
        <source>PPPK • lahir {born} • diangkat {year} • kode {code} • {sex} • nomor urut {seq}</source>
        <translation>PPPK • born {born} • appointed {year} • code {code} • {sex} • sequence no. {seq}</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="42"/>
        <source>Kop surat laporan</source>
        <translation>Report letterhead (kop surat)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="46"/>
        <source>mis. Pemerintah Kabupaten Sleman</source>
        <translation>e.g. Pemerintah Kabupaten Sleman</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="49"/>
        <source>mis. Jl. Parasamya No. 1, Beran, Tridadi, Sleman 55511</source>
        <translation>e.g. Jl. Parasamya No. 1, Beran, Tridadi, Sleman 55511</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="52"/>
        <source>mis. Sleman</source>
        <translation>e.g. Sleman</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="53"/>
        <source>Dicetak di atas tanda tangan: “Sleman, 30 November 2026”.</source>
        <translation>Printed above the signature: “Sleman, 30 November 2026”.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="58"/>
        <source>Pilih &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="59"/>
        <source>Gambar PNG atau JPEG, paling besar 1 MB.</source>
        <translation>A PNG or JPEG image, at most 1 MB.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="60"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="72"/>
        <source>Instansi dan unit kerja di kop surat diambil dari identitas pegawai. Semua isian ini boleh kosong.</source>
        <translation>The agency and work unit on the letterhead are taken from the employee&apos;s details. All these fields may be left empty.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="77"/>
        <source>&amp;Pemerintah</source>
        <translation>&amp;Government</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="78"/>
        <source>Ala&amp;mat kantor</source>
        <translation>Office a&amp;ddress</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="79"/>
        <source>&amp;Tempat (kota)</source>
        <translation>Place (&amp;city)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="80"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="99"/>
        <source>Logo tercetak di kiri kop surat.</source>
        <translation>The logo is printed on the left of the letterhead.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="102"/>
        <source>tanpa
logo</source>
        <translation>no
logo</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="103"/>
        <source>Tanpa logo.</source>
        <translation>No logo.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="109"/>
        <source>Pilih logo kop surat</source>
        <translation>Choose the letterhead logo</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="109"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="39"/>
        <source>Kop surat laporan</source>
        <translation>Report letterhead (kop surat)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="41"/>
        <source>Kop surat dan tempat tanda tangan ringkasan bulanan. Nama, NIP, jabatan dan atasan diubah di Pengaturan › Profil dan jadwal kerja.</source>
        <translation>The letterhead and the signing place of the monthly summary. Name, NIP, position and supervisor are changed under Settings › Profile and work schedule.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="46"/>
        <source>Isi kop surat</source>
        <translation>Letterhead details</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="47"/>
        <source>Isi profil pegawai dulu (Pengaturan › Profil dan jadwal kerja).</source>
        <translation>Fill in the employee profile first (Settings › Profile and work schedule).</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="287"/>
        <source>Frasa sandi tanda tangan</source>
        <translation>Signing passphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="290"/>
        <source>Absensi membuat kunci tanda tangan untuk ringkasan bulanan Anda. Frasa sandi melindungi kunci itu: paling sedikit {n} karakter, tidak disimpan di mana pun, dan tidak bisa dipulihkan bila lupa (hanya bisa diganti dengan kunci baru).</source>
        <translation>Absensi creates a signing key for your monthly summaries. A passphrase protects that key: at least {n} characters, stored nowhere, and it cannot be recovered if forgotten (it can only be replaced with a new key).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="301"/>
        <source>mis. sebuah kalimat pendek yang mudah Anda ingat</source>
        <translation>e.g. a short sentence you remember easily</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="302"/>
        <source>Buat &amp;nanti</source>
        <translation>Create la&amp;ter</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="304"/>
        <source>Sampai kunci dibuat (Pengaturan › Kunci tanda tangan), ringkasan hanya bisa diekspor tanpa tanda tangan.</source>
        <translation>Until the key is created (Settings › Signing key), summaries can only be exported unsigned.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="308"/>
        <source>&amp;Frasa sandi</source>
        <translation>Pa&amp;ssphrase</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="309"/>
        <source>&amp;Ulangi frasa sandi</source>
        <translation>&amp;Repeat passphrase</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/period_bar.py" line="57"/>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/period_bar.py" line="58"/>
        <source>Januari sampai bulan ini</source>
        <translation>January to this month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/period_bar.py" line="61"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/period_bar.py" line="63"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="120"/>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with titles</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="122"/>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="123"/>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="129"/>
        <source>mis. Analis Kebijakan Ahli Muda</source>
        <translation>e.g. Analis Kebijakan Ahli Muda</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="131"/>
        <source>mis. Bagian Perencanaan dan Keuangan</source>
        <translation>e.g. Bagian Perencanaan dan Keuangan</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="133"/>
        <source>mis. Dinas Komunikasi dan Informatika Kabupaten ...</source>
        <translation>e.g. Dinas Komunikasi dan Informatika Kabupaten ...</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="140"/>
        <source>Identitas pegawai</source>
        <translation>Employee details</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="142"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="143"/>
        <source>&amp;Jenis ASN</source>
        <translation>ASN t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="144"/>
        <source>NI&amp;P</source>
        <translation>NI&amp;P</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="145"/>
        <source>Pang&amp;kat/Golongan</source>
        <translation>Ran&amp;k/Grade</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="146"/>
        <source>&amp;Jabatan</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="147"/>
        <source>&amp;Unit Kerja</source>
        <translation>&amp;Work unit</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="148"/>
        <source>&amp;Instansi</source>
        <translation>&amp;Agency</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="149"/>
        <source>Pejabat Penilai Kinerja (atasan langsung)</source>
        <translation>Appraising official (Pejabat Penilai Kinerja, the direct supervisor)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="151"/>
        <source>Nam&amp;a</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="152"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="94"/>
        <source>Pilih profil</source>
        <translation>Choose profile</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="96"/>
        <source>Komputer ini menyimpan catatan beberapa pegawai. Pilih nama Anda, lalu Buka.</source>
        <translation>This computer keeps the records of several employees. Choose your name, then Open.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="98"/>
        <source>Buka catatan pegawai lain. Jendela ini ditutup dan catatan yang dipilih dibuka.</source>
        <translation>Open another employee&apos;s records. This window closes and the chosen records open.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="112"/>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="114"/>
        <source>&amp;Tambah profil…</source>
        <translation>&amp;Add profile…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="115"/>
        <source>Profil baru untuk pegawai lain, dengan folder data sendiri</source>
        <translation>A new profile for another employee, with its own data folder</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="116"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="145"/>
        <source>  (dilindungi)</source>
        <translation>  (protected)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="147"/>
        <source>  — sedang dibuka</source>
        <translation>  — open now</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="161"/>
        <source>Belum ada profil. Tambahkan profil untuk pegawai yang memakai komputer ini.</source>
        <translation>No profiles yet. Add a profile for each employee who uses this computer.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="163"/>
        <source>Profil ini dilindungi: frasa sandi kunci tanda tangannya ditanyakan setelah Anda menekan Buka.</source>
        <translation>This profile is protected: its signing key&apos;s passphrase is asked for after you press Open.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="166"/>
        <source>Profil ini belum berisi data: isian identitas pegawai muncul setelah Buka.</source>
        <translation>This profile holds no data yet: the employee details form appears after Open.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="200"/>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="208"/>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="211"/>
        <source>Tambah profil</source>
        <translation>Add profile</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="201"/>
        <source>Nama pegawai untuk profil baru, mis. “Siti Nurhaliza, S.E.”:</source>
        <translation>Name of the employee for the new profile, e.g. “Siti Nurhaliza, S.E.”:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="211"/>
        <source>Profil tidak bisa ditambahkan: {error}</source>
        <translation>The profile cannot be added: {error}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_picker.py" line="228"/>
        <source>Ganti profil</source>
        <translation>Switch profile</translation>
    </message>
</context>
<context>
    <name>ProfileUnlock</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_unlock.py" line="38"/>
        <source>Profil “{name}” dilindungi. Masukkan frasa sandi kunci tanda tangannya untuk membukanya.</source>
        <translation>Profile “{name}” is protected. Enter its signing key&apos;s passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_unlock.py" line="41"/>
        <location filename="../../src/absensi_app/views/profile_unlock.py" line="48"/>
        <source>Buka profil</source>
        <translation>Open profile</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_unlock.py" line="50"/>
        <source>Coba lagi:</source>
        <translation>Try again:</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/absensi_app/views/prompts.py" line="78"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/prompts.py" line="95"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/prompts.py" line="79"/>
        <location filename="../../src/absensi_app/views/prompts.py" line="96"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecapModel</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="38"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="38"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="38"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="38"/>
        <source>Revisi</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="39"/>
        <source>Jam tercatat</source>
        <translation>Hours logged</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="39"/>
        <source>Jam target</source>
        <translation>Target hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="39"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="39"/>
        <source>Kantor lain</source>
        <translation>Another office</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="40"/>
        <source>Rumah</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="40"/>
        <source>Lokasi lain</source>
        <translation>Other location</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="40"/>
        <source>Dinas Luar</source>
        <translation>Official travel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="40"/>
        <source>Hari kosong</source>
        <translation>Unlogged days</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="41"/>
        <source>Capaian RHK (%)</source>
        <translation>RHK progress (%)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="41"/>
        <source>Persetujuan</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="41"/>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="41"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="42"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="42"/>
        <source>Dalam tabel tim</source>
        <translation>In the team table</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="54"/>
        <source>berlaku</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="55"/>
        <source>diganti revisi atau keputusan yang lebih baru</source>
        <translation>superseded by a newer revision or decision</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="56"/>
        <source>salinan</source>
        <translation>copy</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="57"/>
        <source>bermasalah</source>
        <translation>with problems</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="58"/>
        <source>di luar periode</source>
        <translation>outside the period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="59"/>
        <source>tidak terpetakan (pegawai atau bulan tak terbaca)</source>
        <translation>not mapped (employee or month unreadable)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="75"/>
        <source>Sah</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="76"/>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="77"/>
        <source>Tanpa tanda tangan</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="78"/>
        <source>Tidak terbaca</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="79"/>
        <source>Penanda tangan belum dikenal</source>
        <translation>Signer not yet known</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="80"/>
        <source>SERTIFIKAT BERBEDA (mungkin palsu)</source>
        <translation>DIFFERENT CERTIFICATE (possibly forged)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="81"/>
        <source>PALSU (atas nama Anda)</source>
        <translation>FORGED (in your name)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="86"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="88"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="90"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>RecapWindow</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_actions.py" line="62"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_scan.py" line="52"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_scan.py" line="117"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="71"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="169"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="232"/>
        <source>Rekap tim</source>
        <translation>Team recap</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="124"/>
        <source>Tampilkan yang sudah keluar</source>
        <translation>Show those who have left</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="129"/>
        <source>Hijau: disetujui (dengan predikat bila dinilai). Biru: menunggu keputusan. Oranye: dikembalikan. Merah: bermasalah (diubah, palsu, atau penanda tangan belum dikenal). Kuning: bulan yang sudah lewat tanpa ringkasan. Pilih beberapa sel biru lalu Setujui yang dipilih.</source>
        <translation>Green: approved (with the rating if appraised). Blue: awaiting a decision. Orange: returned. Red: problems (altered, forged, or signer not yet known). Yellow: past months without a summary. Select several blue cells, then Approve selected.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="143"/>
        <source>Tabel tim</source>
        <translation>Team table</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="144"/>
        <source>Semua berkas</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="192"/>
        <source>Rekap</source>
        <translation>Recap</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="195"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="198"/>
        <source>Periksa ulang</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="201"/>
        <source>Setujui yang dipilih…</source>
        <translation>Approve selected…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_actions.py" line="54"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="203"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="293"/>
        <source>Tandai sudah keluar</source>
        <translation>Mark as left</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="205"/>
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="207"/>
        <source>Sertifikat tepercaya…</source>
        <translation>Trusted certificates…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="255"/>
        <source>{people} pegawai, {n} berkas: {ok} disetujui, {waiting} menunggu keputusan, {returned} dikembalikan, {problems} bulan bermasalah; {missing} bulan belum diterima.</source>
        <translation>{people} employees, {n} files: {ok} approved, {waiting} awaiting a decision, {returned} returned, {problems} months with problems; {missing} months not received.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="292"/>
        <source>Batalkan tanda keluar</source>
        <translation>Undo the left mark</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="303"/>
        <source>Belum ada ringkasan di sel ini.</source>
        <translation>No summary in this cell yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="80"/>
        <source>Pilih folder berisi ringkasan PDF dari staf Anda.</source>
        <translation>Choose a folder holding the PDF summaries from your staff.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="94"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="107"/>
        <source>Ada perubahan sejak folder ini diperiksa (sertifikat tepercaya atau berkas baru): pilih Periksa ulang untuk memperbarui rekap.</source>
        <translation>Something changed since this folder was checked (trusted certificates or new files): choose Check again to update the recap.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_scan.py" line="38"/>
        <source>Pilih folder ringkasan staf</source>
        <translation>Choose the staff summaries folder</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_scan.py" line="60"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="179"/>
        <source>Folder: {path}</source>
        <translation>Folder: {path}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_scan.py" line="63"/>
        <source>%v / %m berkas</source>
        <translation>%v / %m files</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_scan.py" line="63"/>
        <source>tidak ada PDF</source>
        <translation>no PDFs</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_scan.py" line="83"/>
        <source>Menghentikan…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_scan.py" line="105"/>
        <source>Dihentikan. </source>
        <translation>Stopped. </translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_scan.py" line="114"/>
        <source>Folder tidak bisa diperiksa sampai selesai: {e}</source>
        <translation>The folder could not be checked to the end: {e}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_actions.py" line="33"/>
        <source>Tidak ada ringkasan yang menunggu keputusan.</source>
        <translation>No summaries are awaiting a decision.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/supervisor/recap_scan.py" line="67"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="183"/>
        <source>Memeriksa %n berkas…</source>
        <translation>
            <numerusform>Checking %n file…</numerusform>
            <numerusform>Checking %n files…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_actions.py" line="55"/>
        <source>Tandai {name} (NIP {nip}) sudah keluar dari tim? Bulan yang kosong tidak lagi dihitung sebagai belum diterima. Tanda ini bisa dibatalkan.</source>
        <translation>Mark {name} (NIP {nip}) as having left the team? Empty months no longer count as not received. This mark can be undone.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_actions.py" line="92"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_actions.py" line="101"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_actions.py" line="104"/>
        <source>Ekspor rekap tim</source>
        <translation>Export team recap</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_actions.py" line="92"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_actions.py" line="105"/>
        <source>Berkas &apos;{p}&apos; tidak bisa ditulis: {e}.</source>
        <translation>The file &apos;{p}&apos; cannot be written: {e}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_actions.py" line="108"/>
        <source>Rekap ditulis ke {p}.</source>
        <translation>Recap written to {p}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_files.py" line="46"/>
        <source>Hanya yang bermasalah</source>
        <translation>Problems only</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_files.py" line="80"/>
        <source>Baris merah: berkas tidak sah, tidak terbaca, palsu, atau bertanda tangan sertifikat lain untuk NIP yang sudah dikenal (mungkin palsu). Kuning: penanda tangan belum dikenal. Klik dua kali sebuah baris untuk memeriksa berkasnya.</source>
        <translation>Red rows: files not valid, unreadable, forged, or signed with another certificate for an NIP already known (possibly forged). Yellow: signer not yet known. Double-click a row to check its file.</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <location filename="../../src/absensi_app/views/reminder_notice.py" line="78"/>
        <source>Pengingat Absensi</source>
        <translation>Absensi reminder</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_notice.py" line="79"/>
        <source>&amp;Catat sekarang</source>
        <translation>&amp;Log now</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_notice.py" line="80"/>
        <source>&amp;Ekspor ringkasan…</source>
        <translation>&amp;Export summary…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_notice.py" line="81"/>
        <source>&amp;Tunda {n} menit</source>
        <translation>&amp;Snooze {n} minutes</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_notice.py" line="82"/>
        <source>Tidak &amp;hari ini</source>
        <translation>Not &amp;today</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_notice.py" line="83"/>
        <source>Tanpa pengingat lagi sampai besok</source>
        <translation>No more reminders until tomorrow</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_notice.py" line="111"/>
        <source>Saatnya mencatat kegiatan hari ini</source>
        <translation>Time to log today&apos;s activities</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_notice.py" line="118"/>
        <source>Akhir bulan: lengkapi dan ekspor ringkasan</source>
        <translation>End of the month: complete and export the summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_notice.py" line="122"/>
        <source>Hari kerja yang belum terisi:</source>
        <translation>Working days not yet filled in:</translation>
    </message>
</context>
<context>
    <name>ReminderPage</name>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="285"/>
        <source>Pengingat</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="287"/>
        <source>Pengingat muncul sebagai pesan di baki sistem, atau sebagai jendela kecil bila desktop tidak punya baki. Tidak ada pengingat pada hari libur, cuti bersama, cuti, akhir pekan dan hari yang sudah dicatat.</source>
        <translation>Reminders appear as a message in the system tray, or as a small window if the desktop has no tray. There are no reminders on holidays, collective leave days, leave, weekends and days already logged.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="292"/>
        <source>Kapan mengingatkan</source>
        <translation>When to remind</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="293"/>
        <source>Ingatkan &amp;harian bila hari kerja belum dicatat</source>
        <translation>Remind &amp;daily if a working day is not logged yet</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="294"/>
        <source>Ingatkan di &amp;akhir bulan (dua hari kerja terakhir): hari kosong dan ekspor</source>
        <translation>Remind at the &amp;end of the month (the last two working days): unlogged days and export</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="298"/>
        <source>&amp;Jam pengingat</source>
        <translation>Reminder &amp;time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="305"/>
        <source>Satu jam untuk keduanya; “Tunda 30 menit” dan “Tidak hari ini” ada di pengingatnya.</source>
        <translation>One time for both; “Snooze 30 minutes” and “Not today” are in the reminder itself.</translation>
    </message>
</context>
<context>
    <name>ReminderWatch</name>
    <message>
        <location filename="../../src/absensi_app/views/reminder_watch.py" line="85"/>
        <source>rinciannya tercatat di log aplikasi</source>
        <translation>the details are recorded in the application log</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_watch.py" line="86"/>
        <source>Pengingat belum bisa diperiksa: {error}</source>
        <translation>Reminders cannot be checked yet: {error}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_watch.py" line="109"/>
        <source>Akhir bulan: lengkapi dan ekspor ringkasan</source>
        <translation>End of the month: complete and export the summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_watch.py" line="109"/>
        <source>Saatnya mencatat kegiatan hari ini</source>
        <translation>Time to log today&apos;s activities</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_watch.py" line="139"/>
        <source>Pengingat ditunda {n} menit.</source>
        <translation>Reminder snoozed for {n} minutes.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/reminder_watch.py" line="142"/>
        <source>Tidak ada pengingat lagi hari ini.</source>
        <translation>No more reminders today.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="223"/>
        <source>Pengingat harian dimatikan.</source>
        <translation>The daily reminder is switched off.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="224"/>
        <source>Pengingat akhir bulan dimatikan.</source>
        <translation>The month-end reminder is switched off.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="229"/>
        <source>Tidak ada pengingat: {day} berstatus {status}.</source>
        <translation>No reminder: {day} has the status {status}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="231"/>
        <source>Tidak ada pengingat: {day} sudah tercatat {count} kegiatan.</source>
        <translation>No reminder: {day} already has {count} activities logged.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="234"/>
        <source>Pengingat akhir bulan hanya pada dua hari kerja terakhir bulan ini: {days}.</source>
        <translation>The month-end reminder comes only on the month&apos;s last two working days: {days}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="238"/>
        <source>Belum waktunya: pengingat pukul {time} (sekarang {now}).</source>
        <translation>Not yet: the reminder is at {time} (now {now}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="240"/>
        <source>Pengingat {day} sudah ditutup (tidak hari ini).</source>
        <translation>The reminder for {day} was dismissed (not today).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="243"/>
        <source>Pengingat ditunda sampai {day} pukul {until}.</source>
        <translation>The reminder is snoozed until {day} at {until}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="245"/>
        <source>Pengingat ditunda sampai pukul {until}.</source>
        <translation>The reminder is snoozed until {until}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="248"/>
        <source>Saatnya mencatat: {day} hari kerja dan belum ada kegiatan tercatat (sudah lewat pukul {time}).</source>
        <translation>Time to log: {day} is a working day and nothing is logged yet (it is past {time}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="253"/>
        <source>Akhir bulan: semua hari kerja {month} sampai hari ini sudah terisi; saatnya mengekspor ringkasan bulan ini.</source>
        <translation>Month end: every working day of {month} up to today is logged; time to export this month&apos;s summary.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="256"/>
        <source>Akhir bulan: {count} hari kerja {month} belum terisi ({days}); isi lalu ekspor ringkasan bulan ini.</source>
        <translation>Month end: {count} working days of {month} are not logged yet ({days}); fill them in, then export this month&apos;s summary.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="270"/>
        <source>Tidak ada pengingat: {day} hari libur nasional ({name}).</source>
        <translation>No reminder: {day} is a national holiday ({name}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="272"/>
        <source>Tidak ada pengingat: {day} cuti bersama ({name}).</source>
        <translation>No reminder: {day} is a collective leave day (cuti bersama: {name}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="274"/>
        <source>Tidak ada pengingat: {day} hari libur ({name}).</source>
        <translation>No reminder: {day} is a day off ({name}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="276"/>
        <source>Tidak ada pengingat: {day} akhir pekan.</source>
        <translation>No reminder: {day} is a weekend.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/reminders.py" line="277"/>
        <source>Tidak ada pengingat: {day} bukan hari kerja dalam jadwal Anda.</source>
        <translation>No reminder: {day} is not a working day in your schedule.</translation>
    </message>
</context>
<context>
    <name>RhkFeedbackBox</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="31"/>
        <source>Umpan balik per RHK (opsional)</source>
        <translation>Feedback per RHK (optional)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="42"/>
        <source>RHK no. {n}: {name}</source>
        <translation>RHK no. {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="45"/>
        <source>Umpan balik untuk RHK ini (boleh kosong)</source>
        <translation>Feedback for this RHK (may be empty)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="48"/>
        <source>Umpan balik RHK no. {n}</source>
        <translation>Feedback for RHK no. {n}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="50"/>
        <source>— tidak dinilai —</source>
        <translation>— not appraised —</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="51"/>
        <source>Di Atas Ekspektasi</source>
        <translation>Above expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="52"/>
        <source>Sesuai Ekspektasi</source>
        <translation>Meets expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="53"/>
        <source>Di Bawah Ekspektasi</source>
        <translation>Below expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="54"/>
        <source>Penilaian RHK no. {n}</source>
        <translation>Appraisal of RHK no. {n}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="68"/>
        <source>Penilaian per RHK: Di Atas, Sesuai atau Di Bawah Ekspektasi; umpan balik ikut ditandatangani dan terlihat oleh pegawai.</source>
        <translation>Appraisal per RHK: Above, Meets or Below expectations; the feedback is signed with the decision and is visible to the employee.</translation>
    </message>
</context>
<context>
    <name>RhkForm</name>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="50"/>
        <source>RHK utama berasal dari tugas jabatan; RHK tambahan dari penugasan lain.</source>
        <translation>A main RHK comes from the duties of the position; an additional RHK from other assignments.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="51"/>
        <source>mis. Tersusunnya laporan capaian kinerja bidang</source>
        <translation>e.g. Divisional performance report compiled</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="52"/>
        <source>mis. Jumlah laporan capaian kinerja yang disusun tepat waktu</source>
        <translation>e.g. Number of performance reports compiled on time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="59"/>
        <source>satuan, mis. laporan</source>
        <translation>unit, e.g. report</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="62"/>
        <source>mis. 100% diterima pimpinan tanpa revisi</source>
        <translation>e.g. 100% accepted by management without revision</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="65"/>
        <source>mis. 12 bulan</source>
        <translation>e.g. 12 months</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="68"/>
        <source>RHK Pejabat Penilai Kinerja yang didukung (boleh kosong)</source>
        <translation>The appraising official&apos;s RHK that this supports (may be empty)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="74"/>
        <source>Simpan RHK</source>
        <translation>Save RHK</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="75"/>
        <source>Simpan RHK ini (Ctrl+S)</source>
        <translation>Save this RHK (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="76"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="77"/>
        <source>Kembali ke daftar RHK tanpa menyimpan (Esc)</source>
        <translation>Back to the RHK list without saving (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="84"/>
        <source>Kualit&amp;as</source>
        <translation>&amp;Quality</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="86"/>
        <source>&amp;Waktu</source>
        <translation>Ti&amp;me</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="104"/>
        <source>&amp;Jenis RHK</source>
        <translation>RHK t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="105"/>
        <source>&amp;Rencana Hasil Kerja</source>
        <translation>&amp;Rencana Hasil Kerja</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="106"/>
        <source>&amp;Indikator Kinerja
Individu (IKI)</source>
        <translation>&amp;Individual performance
indicator (IKI)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="107"/>
        <source>&amp;Target kuantitas</source>
        <translation>&amp;Target quantity</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="108"/>
        <source>RHK atasan yang
&amp;diintervensi</source>
        <translation>Supervisor&apos;s RHK
&amp;supported</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="113"/>
        <source>Rencana Aksi</source>
        <translation>Rencana Aksi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="170"/>
        <source>Ubah RHK – {period}</source>
        <translation>Edit RHK – {period}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="172"/>
        <source>RHK baru – {period}</source>
        <translation>New RHK – {period}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="182"/>
        <source>12 bulan</source>
        <translation>12 months</translation>
    </message>
</context>
<context>
    <name>RhkPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="145"/>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="190"/>
        <source>Capaian RHK</source>
        <translation>RHK progress</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="193"/>
        <source>Belum ada Rencana SKP untuk {month}. Isi rencana SKP (RHK beserta target dan satuannya) lewat menu “Rencana SKP”, lalu kaitkan kegiatan harian ke RHK-nya; capaian setiap RHK akan tampil di sini.</source>
        <translation>There is no SKP plan for {month} yet. Fill in the SKP plan (the RHKs with their targets and units) through the “SKP plan” menu, then link daily activities to their RHK; each RHK&apos;s progress will show here.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="204"/>
        <source>Capaian RHK — {title}</source>
        <translation>RHK progress — {title}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="207"/>
        <source>{title} belum berisi RHK. Tambahkan RHK lewat menu “Rencana SKP”.</source>
        <translation>{title} has no RHKs yet. Add RHKs through the “SKP plan” menu.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="217"/>
        <source>Tahun {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="217"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="225"/>
        <source>{n} kegiatan bulan ini belum dikaitkan ke RHK.</source>
        <translation>{n} activities this month are not yet linked to an RHK.</translation>
    </message>
</context>
<context>
    <name>RhkRow</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="61"/>
        <source>Indikator: {text}</source>
        <translation>Indicator: {text}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="69"/>
        <source>seharusnya s.d. hari ini: {month_due} {unit} bulan ini, {due} {unit} sepanjang periode</source>
        <translation>due to date: {month_due} {unit} this month, {due} {unit} over the whole period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="73"/>
        <source>{n} kegiatan tertaut</source>
        <translation>{n} linked activities</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="81"/>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="97"/>
        <source>Umpan balik pejabat penilai</source>
        <translation>Appraising official&apos;s feedback</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="109"/>
        <source>Di Atas Ekspektasi</source>
        <translation>Above expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="110"/>
        <source>Sesuai Ekspektasi</source>
        <translation>Meets expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="111"/>
        <source>Di Bawah Ekspektasi</source>
        <translation>Below expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="121"/>
        <source>{realized} / {target} {unit}</source>
        <translation>{realized} / {target} {unit}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="127"/>
        <source>tanpa target</source>
        <translation>no target</translation>
    </message>
</context>
<context>
    <name>RhkTable</name>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="27"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="28"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="29"/>
        <source>Rencana Hasil Kerja (RHK)</source>
        <translation>Rencana Hasil Kerja (RHK)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="30"/>
        <source>Indikator Kinerja Individu (IKI)</source>
        <translation>Individual performance indicator (IKI)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="31"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="73"/>
        <source>Kualitas: {text}</source>
        <translation>Quality: {text}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="75"/>
        <source>Waktu: {text}</source>
        <translation>Time: {text}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="77"/>
        <source>Mendukung RHK atasan: {text}</source>
        <translation>Supports the supervisor&apos;s RHK: {text}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="79"/>
        <source>{n} Rencana Aksi</source>
        <translation>{n} Rencana Aksi</translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="217"/>
        <source>Jadwal kerja</source>
        <translation>Work schedule</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="219"/>
        <source>Sen</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="220"/>
        <source>Sel</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="221"/>
        <source>Rab</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="222"/>
        <source>Kam</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="223"/>
        <source>Jum</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="224"/>
        <source>Sab</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="225"/>
        <source>Min</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="238"/>
        <source> jam</source>
        <translation> hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="240"/>
        <source>Kembalikan ke Perpres 21/2023</source>
        <translation>Reset to Perpres 21/2023</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="242"/>
        <source>Hari kerja</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="243"/>
        <source>Jam mulai</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="247"/>
        <source>Jam kerja seminggu</source>
        <translation>Weekly working hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="276"/>
        <source>pilih hari kerja</source>
        <translation>choose working days</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="279"/>
        <source>= {h} j {m:02d} m per hari kerja</source>
        <translation>= {h} h {m:02d} min per working day</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="52"/>
        <source>Jadwal kerja</source>
        <translation>Work schedule</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="54"/>
        <source>Hari kerja, jam mulai dan jam kerja seminggu menentukan target setiap hari. Mengubahnya mengubah jam yang diharapkan setiap bulan, juga bulan yang sudah diekspor; PDF yang sudah ditandatangani tetap memuat angka saat ditandatangani.</source>
        <translation>The working days, start time and weekly working hours set each day&apos;s target. Changing them changes the expected hours of every month, including months already exported; PDFs already signed keep the figures they had when signed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/work_pages.py" line="61"/>
        <source>Hari dan jam kerja</source>
        <translation>Working days and hours</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/settings/dialog.py" line="64"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/dialog.py" line="89"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/dialog.py" line="91"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/dialog.py" line="92"/>
        <source>P&amp;ulihkan bawaan</source>
        <translation>&amp;Restore defaults</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/dialog.py" line="144"/>
        <source>Isi halaman “{page}” dengan nilai bawaan; tersimpan dengan Simpan, batal dengan Batal</source>
        <translation>Fill the page “{page}” with the default values; saved with Save, discarded with Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/dialog.py" line="147"/>
        <source>Halaman ini tidak punya nilai bawaan.</source>
        <translation>This page has no default values.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/dialog.py" line="213"/>
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="358"/>
        <source>Selamat datang di Absensi</source>
        <translation>Welcome to Absensi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="358"/>
        <source>Profil dan jadwal kerja</source>
        <translation>Profile and work schedule</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="361"/>
        <source>Isi identitas Anda sekali saja. Data ini muncul di laporan bulanan yang Anda kirim ke Pejabat Penilai Kinerja. Semua data tersimpan di komputer ini.</source>
        <translation>Enter your details once. They appear on the monthly report you send to your appraising official (Pejabat Penilai Kinerja). All data is stored on this computer.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="365"/>
        <source>Perubahan profil berlaku untuk laporan berikutnya.</source>
        <translation>Profile changes apply to the next reports.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="383"/>
        <source>Simpan dan mulai</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="383"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="386"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="390"/>
        <source>Coba dengan data contoh</source>
        <translation>Try with sample data</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="393"/>
        <source>Isi bulan ini dengan profil dan kegiatan contoh agar Anda bisa melihat cara kerja aplikasi.</source>
        <translation>Fill this month with a sample profile and activities so that you can see how the application works.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="478"/>
        <source>Profil tersimpan, tetapi kunci tanda tangan tidak bisa dibuat: {reason} Coba lagi, atau pilih “Buat nanti” dan buat kunci lewat Pengaturan › Kunci tanda tangan.</source>
        <translation>The profile was saved, but the signing key could not be created: {reason} Try again, or choose “Create later” and create the key under Settings › Signing key.</translation>
    </message>
</context>
<context>
    <name>SignerPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="44"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="44"/>
        <source>Pejabat penilai</source>
        <translation>Appraising official</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="51"/>
        <source>Waktu menurut komputer penanda tangan.</source>
        <translation>Time according to the signer&apos;s computer.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="53"/>
        <source>Ya, tidak berubah sejak ditandatangani</source>
        <translation>Yes, unchanged since signing</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="55"/>
        <source>TIDAK: tanda tangan rusak atau berkas diubah</source>
        <translation>NO: the signature is broken or the file was altered</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="57"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="58"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="59"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="60"/>
        <source>Utuh</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="61"/>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="70"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="77"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="107"/>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="72"/>
        <source>Sertifikat ini memakai NIP Anda, tetapi bukan milik Anda, dan tidak bisa dipercayai. Jangan percayai berkas ini; simpan sebagai bukti dan laporkan.</source>
        <translation>This certificate uses your NIP, but it is not yours and cannot be trusted. Do not trust this file; keep it as evidence and report it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="83"/>
        <source>Sertifikat yang sudah Anda percayai untuk NIP ini:
{known}</source>
        <translation>Certificates you already trust for this NIP:
{known}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="88"/>
        <source>Cocokkan sidik jari ini dengan pegawai (mis. lewat telepon: ia membacanya di Absensi › Kunci tanda tangan). Percayai hanya bila semuanya sama.</source>
        <translation>Compare this fingerprint with the employee (e.g. by telephone: they read it in Absensi › Signing key). Trust it only if everything is the same.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="91"/>
        <source>Cocokkan sidik jari ini dengan pejabat penilai Anda (mis. lewat telepon: ia membacanya di Absensi › Kunci tanda tangan). Percayai hanya bila semuanya sama.</source>
        <translation>Compare this fingerprint with your appraising official (e.g. by telephone: they read it in Absensi › Signing key). Trust it only if everything is the same.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="97"/>
        <source>Percayai sertifikat ini…</source>
        <translation>Trust this certificate…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="111"/>
        <source>Sertifikat Anda sendiri</source>
        <translation>Your own certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="113"/>
        <source>Dipercaya, tercatat sebagai {name}</source>
        <translation>Trusted, recorded as {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="115"/>
        <source>PALSU: NIP Anda sendiri, tetapi BUKAN sertifikat Anda. Seseorang menandatangani atas nama Anda.</source>
        <translation>FORGED: your own NIP, but NOT your certificate. Someone signed in your name.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="118"/>
        <source>BERBEDA dari sertifikat yang Anda percayai untuk NIP ini. Bisa jadi dipalsukan: hubungi pegawai sebelum berbuat apa pun.</source>
        <translation>DIFFERENT from the certificate you trust for this NIP. It may be forged: contact the employee before doing anything.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="121"/>
        <source>Belum dikenal</source>
        <translation>Not yet known</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="99"/>
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="100"/>
        <source>Kunci tanda tangan menandatangani ringkasan bulanan; server cap waktu memberi waktu tanda tangan yang tepercaya.</source>
        <translation>The signing key signs the monthly summaries; a timestamp server gives a trusted signing time.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="102"/>
        <source>Kunci tanda tangan</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="106"/>
        <source>&amp;Kelola kunci…</source>
        <translation>&amp;Manage key…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="107"/>
        <source>Buat kunci, ganti frasa sandi, impor PKCS#12, ekspor sertifikat</source>
        <translation>Create a key, change the passphrase, import PKCS#12, export the certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="114"/>
        <source>Perubahan kunci di jendela itu langsung tersimpan; Batal di sini tidak membatalkannya.</source>
        <translation>Key changes in that window are saved at once; Cancel here does not undo them.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="116"/>
        <source>Server cap waktu (RFC 3161)</source>
        <translation>Timestamp server (RFC 3161)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="119"/>
        <source>https://… (kosongkan bila tidak dipakai)</source>
        <translation>https://… (leave empty if not used)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="120"/>
        <source>&amp;Alamat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="132"/>
        <source>Dengan alamat: tanda tangan diberi cap waktu dari server itu (PAdES B-T), dan ekspor bertanda tangan membutuhkan koneksi internet. Kosong: waktu diambil dari jam komputer ini (PAdES B-B), ekspor bisa tanpa internet.</source>
        <translation>With an address: signatures get a timestamp from that server (PAdES B-T), and a signed export needs an internet connection. Empty: the time is taken from this computer&apos;s clock (PAdES B-B), exports work without internet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="152"/>
        <source>Belum ada kunci tanda tangan: ringkasan hanya bisa diekspor tanpa tanda tangan.</source>
        <translation>There is no signing key yet: summaries can only be exported unsigned.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="158"/>
        <source>{name} • {kind} • berlaku sampai {until}
Sidik jari: {fingerprint}</source>
        <translation>{name} • {kind} • valid until {until}
Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/report_pages.py" line="165"/>
        <source>Sertifikat ini sudah kedaluwarsa; buat kunci baru.</source>
        <translation>This certificate has expired; create a new key.</translation>
    </message>
</context>
<context>
    <name>SkpDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="32"/>
        <source>Utama</source>
        <translation>Main</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="33"/>
        <source>Tambahan</source>
        <translation>Additional</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="40"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="102"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="195"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="374"/>
        <source>Rencana SKP</source>
        <translation>SKP plan</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="53"/>
        <source>(belum ada periode)</source>
        <translation>(no period yet)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="54"/>
        <source>&amp;Periode SKP</source>
        <translation>SKP &amp;period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="58"/>
        <source>Periode baru…</source>
        <translation>New period…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="59"/>
        <source>Buat periode SKP untuk satu tahun atau untuk tanggal tertentu</source>
        <translation>Create an SKP period for one year or for specific dates</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="65"/>
        <source>Hapus periode…</source>
        <translation>Delete period…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="66"/>
        <source>Hapus periode terpilih beserta semua RHK-nya</source>
        <translation>Delete the selected period with all its RHKs</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="70"/>
        <source>Periode SKP baru</source>
        <translation>New SKP period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="71"/>
        <source>Satu &amp;tahun penuh</source>
        <translation>One &amp;full year</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="72"/>
        <source>Tanggal &amp;tertentu (mis. pindah jabatan di tengah tahun)</source>
        <translation>&amp;Specific dates (e.g. change of position mid-year)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="90"/>
        <source>nama periode (boleh kosong)</source>
        <translation>period name (may be empty)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="91"/>
        <source>Buat periode</source>
        <translation>Create period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="92"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="106"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="125"/>
        <source>+ &amp;Tambah RHK</source>
        <translation>+ &amp;Add RHK</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="126"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="127"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="128"/>
        <source>▲ &amp;Naik</source>
        <translation>▲ &amp;Up</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="129"/>
        <source>▼ T&amp;urun</source>
        <translation>▼ Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="130"/>
        <source>Ubah RHK terpilih (Enter)</source>
        <translation>Edit the selected RHK (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="131"/>
        <source>Hapus RHK terpilih (Delete)</source>
        <translation>Delete the selected RHK (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="132"/>
        <source>Pindahkan RHK terpilih ke atas (Alt+Atas)</source>
        <translation>Move the selected RHK up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="133"/>
        <source>Pindahkan RHK terpilih ke bawah (Alt+Bawah)</source>
        <translation>Move the selected RHK down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="142"/>
        <source>Catatan:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="146"/>
        <source>Target di sini dipakai untuk memantau capaian dari kegiatan harian yang ditautkan ke RHK.</source>
        <translation>The targets here are used to track progress from the daily activities linked to the RHK.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="169"/>
        <source>&amp;Impor rencana…</source>
        <translation>&amp;Import plan…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="170"/>
        <source>Baca rencana SKP dari berkas JSON ke tahun periode yang dipilih</source>
        <translation>Read an SKP plan from a JSON file into the selected period&apos;s year</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="171"/>
        <source>&amp;Ekspor rencana…</source>
        <translation>E&amp;xport plan…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="172"/>
        <source>Simpan rencana periode ini sebagai berkas JSON</source>
        <translation>Save this period&apos;s plan as a JSON file</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="176"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="126"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="134"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="139"/>
        <source>Hapus periode</source>
        <translation>Delete period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="128"/>
        <source>Hapus {title} beserta {n} RHK-nya?</source>
        <translation>Delete {title} with its {n} RHKs?</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="131"/>
        <source>{n} kegiatan yang tertaut akan kehilangan tautannya (kegiatannya sendiri tetap tersimpan).</source>
        <translation>{n} linked activities will lose their link (the activities themselves stay saved).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="133"/>
        <source>Penghapusan tidak bisa diurungkan; ekspor rencananya dulu bila ingin menyimpannya.</source>
        <translation>Deleting cannot be undone; export the plan first if you want to keep it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="142"/>
        <source>{title} dihapus.</source>
        <translation>{title} deleted.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="183"/>
        <source>Periode {title} siap. Tambahkan RHK-nya dengan “Tambah RHK” atau impor rencana.</source>
        <translation>Period {title} is ready. Add its RHKs with “Add RHK” or import a plan.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="203"/>
        <source>Belum ada periode SKP. Buat periode (biasanya satu tahun penuh), lalu tambahkan RHK atau impor rencana dari berkas.</source>
        <translation>No SKP period yet. Create a period (usually one full year), then add RHKs or import a plan from a file.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="207"/>
        <source>{first} s.d. {last} • {count} RHK</source>
        <translation>{first} to {last} • {count} RHKs</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="212"/>
        <source>Periode ini belum memiliki RHK. Tambahkan RHK dari SKP Anda, atau impor rencana dari berkas.</source>
        <translation>This period has no RHKs yet. Add the RHKs from your SKP, or import a plan from a file.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="280"/>
        <source>Rencana Aksi baris {n}: {message}</source>
        <translation>Rencana Aksi row {n}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="292"/>
        <source>RHK ditambahkan.</source>
        <translation>RHK added.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="295"/>
        <source>Perubahan RHK disimpan.</source>
        <translation>RHK changes saved.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="308"/>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="308"/>
        <source>Perubahan pada RHK ini belum disimpan. Buang perubahan?</source>
        <translation>The changes to this RHK have not been saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="341"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="351"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="357"/>
        <source>Hapus RHK</source>
        <translation>Delete RHK</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="344"/>
        <source>{n} kegiatan yang tertaut ke RHK ini akan kehilangan tautannya (kegiatannya sendiri tetap tersimpan).</source>
        <translation>{n} activities linked to this RHK will lose their link (the activities themselves stay saved).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="346"/>
        <source>Belum ada kegiatan yang tertaut ke RHK ini.</source>
        <translation>No activities are linked to this RHK yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="348"/>
        <source>Hapus RHK “{name}” beserta {actions} Rencana Aksi-nya?</source>
        <translation>Delete RHK “{name}” with its {actions} Rencana Aksi?</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="350"/>
        <source>Penghapusan tidak bisa diurungkan.</source>
        <translation>Deleting cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="362"/>
        <source>RHK dihapus; {n} kegiatan tidak lagi tertaut.</source>
        <translation>RHK deleted; {n} activities are no longer linked.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="362"/>
        <source>RHK dihapus.</source>
        <translation>RHK deleted.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="34"/>
        <source>Impor rencana SKP</source>
        <translation>Import SKP plan</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="36"/>
        <source>Rencana SKP (*.json);;Semua berkas (*)</source>
        <translation>SKP plan (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="60"/>
        <source>Periode {title} sudah berisi {count} RHK. Ganti dengan rencana dari berkas ({incoming} RHK)?</source>
        <translation>Period {title} already holds {count} RHKs. Replace them with the plan from the file ({incoming} RHKs)?</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="63"/>
        <source>RHK yang namanya sama diperbarui dan kegiatannya tetap tertaut. RHK lain dihapus.</source>
        <translation>RHKs with the same name are updated and their activities stay linked. Other RHKs are deleted.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="67"/>
        <source>{n} kegiatan akan kehilangan tautan ke RHK.</source>
        <translation>{n} activities will lose their link to an RHK.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="388"/>
        <source>{n} RHK diimpor ke {title} dari {file}.</source>
        <translation>{n} RHKs imported into {title} from {file}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="92"/>
        <source>Berkas “{name}” tidak bisa dibaca. {reason}</source>
        <translation>The file “{name}” cannot be read. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="103"/>
        <source>Berkas “{name}” bukan berkas JSON yang bisa dibaca. Pilih berkas rencana SKP (.json) yang diekspor dari Absensi.</source>
        <translation>The file “{name}” is not a readable JSON file. Choose an SKP plan file (.json) exported from Absensi.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="115"/>
        <source>Ekspor rencana SKP</source>
        <translation>Export SKP plan</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="117"/>
        <source>Rencana SKP (*.json)</source>
        <translation>SKP plan (*.json)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="124"/>
        <source>Berkas “{name}” tidak bisa disimpan ({error}).</source>
        <translation>The file “{name}” cannot be saved ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="398"/>
        <source>Rencana {title} disimpan ke {file}.</source>
        <translation>Plan {title} saved to {file}.</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="41"/>
        <source>Unit kerja / Nama</source>
        <translation>Work unit / Name</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="41"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="41"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="41"/>
        <source>Jam tercatat</source>
        <translation>Hours logged</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="42"/>
        <source>Jam target</source>
        <translation>Target hours</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="42"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="42"/>
        <source>Kantor lain</source>
        <translation>Another office</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="42"/>
        <source>Rumah</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="43"/>
        <source>Lokasi lain</source>
        <translation>Other location</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="43"/>
        <source>Dinas Luar</source>
        <translation>Official travel</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="43"/>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="43"/>
        <source>Berkas yang berlaku</source>
        <translation>File that counts</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="100"/>
        <source>Belum mengirim</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="100"/>
        <source>Belum diterima</source>
        <translation>Not received</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="105"/>
        <source>%n pegawai</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="107"/>
        <source>{n} bermasalah</source>
        <translation>{n} with problems</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="109"/>
        <source>{n} belum mengirim</source>
        <translation>{n} not sent yet</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="111"/>
        <source>{n} menunggu</source>
        <translation>{n} waiting</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/archive/status_model.py" line="140"/>
        <source>Belum dikenal arsip: belum ada satu pun ringkasannya yang sah.</source>
        <translation>Not known to the archive yet: none of their summaries is valid yet.</translation>
    </message>
</context>
<context>
    <name>SummaryDataBox</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="201"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="225"/>
        <source>Isi ringkasan (dari data yang ditandatangani)</source>
        <translation>Summary contents (from the signed data)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="212"/>
        <source>Isi dokumen evaluasi (dari data yang ditandatangani)</source>
        <translation>Evaluation document contents (from the signed data)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="223"/>
        <source>Isi ringkasan (belum pasti dari pegawai ini)</source>
        <translation>Summary contents (not certainly from this employee)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="231"/>
        <source>Data ringkasan tidak lengkap; lihat halamannya.</source>
        <translation>The summary data is incomplete; see its pages.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="237"/>
        <source>Berkas ini bukan ringkasan yang bisa dibaca, jadi tidak ada isi yang bisa ditampilkan.</source>
        <translation>This file is not a readable summary, so there are no contents to show.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="240"/>
        <source>Isi berkas tidak ditampilkan: tanpa tanda tangan elektronik, tidak bisa dipastikan siapa yang membuatnya dan apakah isinya asli.</source>
        <translation>The file&apos;s contents are not shown: without an electronic signature, nobody can be sure who made it and whether its contents are genuine.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="243"/>
        <source>Isi berkas tidak ditampilkan: berkas ini ditandatangani atas nama Anda dengan sertifikat yang bukan milik Anda. Jangan jadikan pegangan.</source>
        <translation>The file&apos;s contents are not shown: this file was signed in your name with a certificate that is not yours. Do not rely on it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="246"/>
        <source>Isi berkas tidak ditampilkan karena keasliannya tidak bisa dipastikan. Angka dan halaman di dalamnya jangan dijadikan pegangan.</source>
        <translation>The file&apos;s contents are not shown because their authenticity cannot be established. Do not rely on the figures and pages in it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="256"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="268"/>
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="259"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="260"/>
        <source>Rencana Hasil Kerja</source>
        <translation>Rencana Hasil Kerja</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="261"/>
        <source>Bulan disetujui</source>
        <translation>Months approved</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="275"/>
        <source>{done} dari target {target} ({pct}%)</source>
        <translation>{done} of the target {target} ({pct}%)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="280"/>
        <source>Jam tercatat</source>
        <translation>Hours logged</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="283"/>
        <source>Hari kerja terisi</source>
        <translation>Working days logged</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="284"/>
        <source>{logged} dari {working} hari</source>
        <translation>{logged} of {working} days</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="288"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="293"/>
        <source>Hari kosong</source>
        <translation>Unlogged days</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="289"/>
        <source>{n} hari tanpa catatan dan tanpa keterangan: {days}</source>
        <translation>{n} days with no record and no status: {days}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="293"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="298"/>
        <source>{where}: {time} ({days} hari)</source>
        <translation>{where}: {time} ({days} days)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="301"/>
        <source>Lokasi</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="308"/>
        <source>tanpa target</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="311"/>
        <source>Capaian RHK bulan ini</source>
        <translation>RHK progress this month</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="312"/>
        <source>Capaian RHK adalah catatan pegawai sendiri, bukan predikat resmi.</source>
        <translation>RHK progress is the employee&apos;s own record, not the official rating (predikat).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="315"/>
        <source>Diekspor</source>
        <translation>Exported</translation>
    </message>
</context>
<context>
    <name>SummaryPages</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="53"/>
        <source>Tetap tampilkan halamannya</source>
        <translation>Show the pages anyway</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="54"/>
        <source>Isinya tidak bisa dipercaya; hanya untuk melihat berkas apa ini.</source>
        <translation>Its contents cannot be trusted; only to see what file this is.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="79"/>
        <source>Berkas ini tidak bisa ditampilkan.</source>
        <translation>This file cannot be displayed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="91"/>
        <source>Halaman berkas ini tidak bisa ditampilkan.</source>
        <translation>The pages of this file cannot be displayed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="93"/>
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="98"/>
        <source>Halaman berkas ini disembunyikan: berkas ini ditandatangani atas nama Anda dengan sertifikat yang bukan milik Anda.</source>
        <translation>The pages of this file are hidden: this file was signed in your name with a certificate that is not yours.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="106"/>
        <source>Halaman berkas ini disembunyikan karena isinya tidak bisa dipastikan asli. Minta pegawai mengirim ulang ringkasannya.</source>
        <translation>The pages of this file are hidden because their contents cannot be confirmed as genuine. Ask the employee to send the summary again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="115"/>
        <source>AWAS: ditandatangani dengan sertifikat yang berbeda dari yang Anda percayai. Halaman ini bisa palsu.</source>
        <translation>CAUTION: signed with a certificate different from the one you trust. This page may be forged.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="118"/>
        <source>Sertifikat pejabat penilai belum dikenal: cocokkan dulu sebelum mempercayai keputusannya.</source>
        <translation>The appraising official&apos;s certificate is not yet known: compare it first before trusting the decision.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="121"/>
        <source>Penanda tangan belum dikenal: cocokkan dulu sebelum mempercayai halaman ini.</source>
        <translation>The signer is not yet known: compare the fingerprint first before trusting this page.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="146"/>
        <source>PALSU: tanda tangan atas nama Anda di halaman ini bukan buatan Anda. Jangan jadikan pegangan.</source>
        <translation>FORGED: the signature in your name on this page is not yours. Do not rely on it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="149"/>
        <source>BERKAS TIDAK SAH: halaman di bawah ini tidak bisa dijadikan pegangan.</source>
        <translation>FILE NOT VALID: the pages below cannot be relied on.</translation>
    </message>
</context>
<context>
    <name>SummaryViewer</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="72"/>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="124"/>
        <source>Periksa ringkasan</source>
        <translation>Check summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="130"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="133"/>
        <source>Buka berkas…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="136"/>
        <source>Sertifikat tepercaya…</source>
        <translation>Trusted certificates…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="138"/>
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="140"/>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="143"/>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="49"/>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="72"/>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="77"/>
        <source>Terapkan keputusan</source>
        <translation>Apply decision</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="179"/>
        <source>Buka ringkasan bulanan</source>
        <translation>Open monthly summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="179"/>
        <source>PDF (*.pdf);;Semua berkas (*)</source>
        <translation>PDF (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="200"/>
        <source>ringkasan.pdf</source>
        <translation>summary.pdf</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="217"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="225"/>
        <source>Berkas ini tidak bisa diperiksa.</source>
        <translation>This file cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="262"/>
        <source>Hanya berkas pertama yang dibuka ({name}).</source>
        <translation>Only the first file was opened ({name}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="79"/>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="126"/>
        <source>Belum ada berkas yang dibuka.</source>
        <translation>No file opened yet.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="146"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="149"/>
        <source>Simpan salinan…</source>
        <translation>Save copy…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="151"/>
        <source>Simpan salinan persis berkas ini, dengan tanda tangannya</source>
        <translation>Save an exact copy of this file, with its signatures</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="276"/>
        <source>Periksa ringkasan — {name}</source>
        <translation>Check summary — {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="40"/>
        <source>Keputusan ditolak</source>
        <translation>Decision refused</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="64"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="64"/>
        <source>dikembalikan</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="67"/>
        <source>Ringkasan {word} dan disimpan ke {path}. Kirim berkas ini kembali ke pegawai.</source>
        <translation>Summary {word} and saved to {path}. Send this file back to the employee.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="78"/>
        <source>Sertifikat ini tidak bisa dipercayai: berkas ini ditandatangani atas nama Anda dengan sertifikat yang bukan milik Anda.</source>
        <translation>This certificate cannot be trusted: this file was signed in your name with a certificate that is not yours.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="82"/>
        <source>Percayai sertifikat {name} (NIP {nip})?

Sidik jari:
{fp}

Telepon atau temui pegawai itu dan minta ia membacakan sidik jari dari aplikasinya (Kunci tanda tangan). Percayai hanya bila semua huruf dan angkanya sama.</source>
        <translation>Trust the certificate of {name} (NIP {nip})?

Fingerprint:
{fp}

Telephone or meet that employee and ask them to read out the fingerprint from their application (Signing key). Trust it only if all letters and digits are the same.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="88"/>
        <source>PERHATIAN: Anda sudah mempercayai sertifikat LAIN untuk NIP ini. Percayai yang baru hanya bila pegawai memastikan bahwa ia memang membuat kunci baru.</source>
        <translation>CAUTION: you already trust a DIFFERENT certificate for this NIP. Trust the new one only if the employee confirms that they really made a new key.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="77"/>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="91"/>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="96"/>
        <source>Percayai sertifikat</source>
        <translation>Trust certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/review_actions.py" line="98"/>
        <source>Sertifikat {name} (NIP {nip}) sekarang Anda percayai.</source>
        <translation>You now trust the certificate of {name} (NIP {nip}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="29"/>
        <source>RHK no. {n}: {name}</source>
        <translation>RHK no. {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="36"/>
        <source>Umpan balik per RHK:</source>
        <translation>Feedback per RHK:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="55"/>
        <source>Terapkan persetujuan untuk {month}? Bulan itu akan terkunci permanen: catatannya tidak bisa diubah lagi.</source>
        <translation>Apply the approval for {month}? The month will be locked for good: its records can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="58"/>
        <source>Terapkan pengembalian untuk {month}? Bulan itu dibuka lagi supaya bisa Anda perbaiki dan ekspor ulang.</source>
        <translation>Apply the return for {month}? The month is reopened so that you can correct it and export again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="65"/>
        <source>Sertifikat pejabat penilai {name} (NIP {nip}) belum Anda percayai. Cocokkan sidik jarinya dengannya (mis. lewat telepon) sebelum melanjutkan:

{fp}

Bila sama, sertifikat itu dipercaya dan keputusan diterapkan.</source>
        <translation>You do not trust the certificate of the appraising official {name} (NIP {nip}) yet. Compare its fingerprint with them (e.g. by telephone) before continuing:

{fp}

If it is the same, the certificate is trusted and the decision is applied.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="81"/>
        <source>{month} revisi {revision} DISETUJUI oleh {who}. Bulan itu sekarang terkunci permanen.</source>
        <translation>{month} revision {revision} APPROVED by {who}. The month is now locked for good.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="86"/>
        <source>{month} DIKEMBALIKAN oleh {who} untuk diperbaiki. Bulan itu dibuka lagi; setelah diperbaiki, ekspor ulang ringkasannya.

Catatan: {note}</source>
        <translation>{month} RETURNED by {who} for correction. The month is reopened; after correcting it, export the summary again.

Note: {note}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="41"/>
        <source>Di Atas Ekspektasi</source>
        <translation>Above expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="42"/>
        <source>Sesuai Ekspektasi</source>
        <translation>Meets expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="43"/>
        <source>Di Bawah Ekspektasi</source>
        <translation>Below expectations</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="71"/>
        <source>tidak tercatat</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="100"/>
        <source>SAH — DISETUJUI</source>
        <translation>VALID — APPROVED</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="102"/>
        <source>DIKEMBALIKAN UNTUK DIPERBAIKI</source>
        <translation>RETURNED FOR CORRECTION</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="103"/>
        <source>SAH — BELUM ADA KEPUTUSAN</source>
        <translation>VALID — NO DECISION YET</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="105"/>
        <source>PALSU: ATAS NAMA ANDA</source>
        <translation>FORGED: IN YOUR NAME</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="107"/>
        <source>AWAS: SERTIFIKAT BERBEDA</source>
        <translation>CAUTION: DIFFERENT CERTIFICATE</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="109"/>
        <source>PENANDA TANGAN BELUM DIKENAL</source>
        <translation>SIGNER NOT YET KNOWN</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="111"/>
        <source>TIDAK TERBACA</source>
        <translation>UNREADABLE</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="113"/>
        <source>TANPA TANDA TANGAN</source>
        <translation>UNSIGNED</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="114"/>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="48"/>
        <source>BELUM ADA KEPUTUSAN PEJABAT PENILAI</source>
        <translation>NO DECISION BY THE APPRAISING OFFICIAL YET</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="51"/>
        <source>DISETUJUI oleh {name}, {date}</source>
        <translation>APPROVED by {name}, {date}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="54"/>
        <source> — Predikat: {predikat}</source>
        <translation> — Rating: {predikat}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="57"/>
        <source>DIKEMBALIKAN UNTUK DIPERBAIKI oleh {name}, {date}</source>
        <translation>RETURNED FOR CORRECTION by {name}, {date}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="60"/>
        <source> — Catatan: {note}</source>
        <translation> — Note: {note}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="133"/>
        <source>Cetak halaman ringkasan ini</source>
        <translation>Print the pages of this summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="134"/>
        <source>Hanya ringkasan yang sah yang bisa dicetak dari sini.</source>
        <translation>Only a valid summary can be printed from here.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="143"/>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="183"/>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="143"/>
        <source>Hanya ringkasan yang sah yang bisa dicetak dari sini: di kertas tanda tangannya tidak bisa diperiksa lagi. Berkas ini: {word}.</source>
        <translation>Only a valid summary can be printed from here: on paper its signatures can no longer be checked. This file: {word}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="157"/>
        <source>Cetak ringkasan</source>
        <translation>Print summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="181"/>
        <source>{n} halaman dicetak.</source>
        <translation>{n} pages printed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="183"/>
        <source>Ringkasan ini tidak bisa dicetak (printer tidak siap atau halamannya tidak bisa dibaca).</source>
        <translation>This summary cannot be printed (the printer is not ready or its pages cannot be read).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="191"/>
        <source>Simpan salinan</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="194"/>
        <source>Simpan salinan ringkasan</source>
        <translation>Save a copy of the summary</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="194"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="207"/>
        <source>Salinan persis berkas ini disimpan ke {path}.</source>
        <translation>An exact copy of this file was saved to {path}.</translation>
    </message>
</context>
<context>
    <name>TaskFields</name>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="58"/>
        <source>Uraian kegiatan, mis. Menyusun laporan capaian kinerja bulanan</source>
        <translation>Activity description, e.g. Drafting the monthly performance report</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="64"/>
        <source>— tanpa RHK —</source>
        <translation>— no RHK —</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="69"/>
        <source>RHK nomor {id}</source>
        <translation>RHK number {id}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="75"/>
        <source>&amp;Uraian</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="75"/>
        <source>&amp;Lokasi</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="76"/>
        <source>R&amp;HK</source>
        <translation>RH&amp;K</translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="73"/>
        <source>Te&amp;mplat ▾</source>
        <translation>Te&amp;mplate ▾</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="75"/>
        <source>Isi dari templat kegiatan berulang, atau simpan isian ini sebagai templat (Ctrl+Shift+P)</source>
        <translation>Fill in from a template of a recurring activity, or save this entry as a template (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="76"/>
        <source>ketik untuk mencari templat</source>
        <translation>type to search templates</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="77"/>
        <source>&amp;Simpan isian sebagai templat…</source>
        <translation>&amp;Save this entry as a template…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="78"/>
        <source>Uraian, lokasi, RHK, Rencana Aksi, satuan dan durasi isian ini</source>
        <translation>This entry&apos;s description, location, RHK, Rencana Aksi, unit and duration</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="79"/>
        <source>&amp;Jadikan templat dari kegiatan terpilih…</source>
        <translation>&amp;Make a template from the selected activity…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="136"/>
        <source>Belum ada templat: isi formulir, lalu simpan sebagai templat</source>
        <translation>No templates yet: fill in the form, then save it as a template</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_templates.py" line="138"/>
        <source>Tidak ada templat yang cocok</source>
        <translation>No matching template</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="40"/>
        <source>Templat kegiatan</source>
        <translation>Activity templates</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="42"/>
        <source>Kegiatan yang berulang: pilih dari formulir kegiatan atau dari baki untuk mengisi uraian, lokasi, RHK, satuan dan durasinya sekaligus.</source>
        <translation>Recurring activities: choose one from the activity form or from the tray to fill in its description, location, RHK, unit and duration at once.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="53"/>
        <source>Templat &amp;baru</source>
        <translation>New &amp;template</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="54"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="66"/>
        <source>mis. Rapat koordinasi mingguan</source>
        <translation>e.g. Weekly coordination meeting</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="69"/>
        <source>uraian kegiatan</source>
        <translation>activity description</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="71"/>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="83"/>
        <source>(tidak ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="78"/>
        <source>mis. laporan</source>
        <translation>e.g. report</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="82"/>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="86"/>
        <source>&amp;Terapkan ke daftar</source>
        <translation>A&amp;pply to the list</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="87"/>
        <source>Masukkan isian ini ke daftar; semuanya tersimpan dengan Simpan</source>
        <translation>Put this entry into the list; everything is saved with Save</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="89"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="90"/>
        <source>&amp;Uraian</source>
        <translation>De&amp;scription</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="91"/>
        <source>&amp;Lokasi</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="92"/>
        <source>&amp;RHK</source>
        <translation>R&amp;HK</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="93"/>
        <source>Rencana &amp;Aksi</source>
        <translation>Rencana &amp;Aksi</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="94"/>
        <source>&amp;Satuan output</source>
        <translation>Output &amp;unit</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="95"/>
        <source>&amp;Durasi biasa</source>
        <translation>Usual durat&amp;ion</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="100"/>
        <source>Hanya nama dan uraian yang wajib. RHK dipilih dari rencana SKP yang berlaku hari ini.</source>
        <translation>Only the name and the description are required. The RHK is chosen from the SKP plan that applies today.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="128"/>
        <source>(tanpa RHK)</source>
        <translation>(no RHK)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="130"/>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="135"/>
        <source>(tanpa Rencana Aksi)</source>
        <translation>(no Rencana Aksi)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="142"/>
        <source>Rencana Aksi nomor {id}</source>
        <translation>Rencana Aksi number {id}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="147"/>
        <source>RHK nomor {id} (periode lain)</source>
        <translation>RHK number {id} (another period)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="172"/>
        <source>biasanya {duration}</source>
        <translation>usually {duration}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="182"/>
        <source>Ubah templat</source>
        <translation>Edit template</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/templates_page.py" line="182"/>
        <source>Templat baru</source>
        <translation>New template</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <location filename="../../src/absensi_app/views/timer_bar.py" line="40"/>
        <source>▶ Mulai timer</source>
        <translation>▶ Start timer</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_bar.py" line="42"/>
        <source>Mulai timer untuk kegiatan yang sedang dikerjakan, dengan uraian, lokasi dan RHK dari formulir (Ctrl+Shift+T)</source>
        <translation>Start a timer for the activity you are working on, with the description, location and RHK from the form (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_bar.py" line="44"/>
        <source>■ Hentikan…</source>
        <translation>■ Stop…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_bar.py" line="45"/>
        <source>Hentikan timer dan catat kegiatannya (Ctrl+Shift+T)</source>
        <translation>Stop the timer and log the activity (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_bar.py" line="53"/>
        <source>&lt;b&gt;Timer berjalan&lt;/b&gt; sejak {start} • &lt;b&gt;{elapsed}&lt;/b&gt; • {text}</source>
        <translation>&lt;b&gt;Timer running&lt;/b&gt; since {start} • &lt;b&gt;{elapsed}&lt;/b&gt; • {text}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_bar.py" line="57"/>
        <source>Tidak ada timer. Catat sambil bekerja: isi uraian di formulir, lalu «Mulai timer».</source>
        <translation>No timer. Log while you work: enter the description in the form, then «Start timer».</translation>
    </message>
</context>
<context>
    <name>TimerControl</name>
    <message>
        <location filename="../../src/absensi_app/views/timer_control.py" line="130"/>
        <source>Timer mulai pukul {start}: {text}. Hentikan dengan Ctrl+Shift+T.</source>
        <translation>Timer started at {start}: {text}. Stop it with Ctrl+Shift+T.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_control.py" line="135"/>
        <source>Timer sudah berjalan sejak {start} ({elapsed}): {text}.</source>
        <translation>A timer is already running since {start} ({elapsed}): {text}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_control.py" line="144"/>
        <source>Tidak ada timer yang berjalan.</source>
        <translation>No timer is running.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_control.py" line="149"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_control.py" line="168"/>
        <source>hentikan timer</source>
        <translation>stop timer</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_control.py" line="171"/>
        <source>Timer dihentikan; dicatat {start}–{end} ({duration}): {text}. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation>Timer stopped; logged {start}–{end} ({duration}): {text}. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_control.py" line="179"/>
        <source>Batalkan timer</source>
        <translation>Cancel timer</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_control.py" line="180"/>
        <source>Batalkan timer sejak {start}? Tidak ada kegiatan yang dicatat.</source>
        <translation>Cancel the timer running since {start}? No activity will be logged.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_control.py" line="189"/>
        <source>Timer dibatalkan; tidak ada kegiatan yang dicatat.</source>
        <translation>Timer cancelled; no activity was logged.</translation>
    </message>
</context>
<context>
    <name>TimerStartDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="104"/>
        <source>Mulai timer</source>
        <translation>Start timer</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="106"/>
        <source>Timer mulai sekarang dan tersimpan seketika; bila dihentikan, kegiatannya dicatat.</source>
        <translation>The timer starts now and is saved at once; when it is stopped, the activity is logged.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="108"/>
        <source>Dari templat «{name}». Timer mulai sekarang dan tersimpan seketika.</source>
        <translation>From the template «{name}». The timer starts now and is saved at once.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="115"/>
        <source>&amp;Mulai</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="116"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TimerStopDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="150"/>
        <source>Hentikan timer</source>
        <extracomment>The stop&apos;s answer: the end time (None: the stop moment or the schedule&apos;s end) and whether it is &quot;until the schedule&apos;s end&quot;.</extracomment>
        <translation>Stop timer</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="151"/>
        <source>Timer berjalan sejak {day} pukul {start}.</source>
        <translation>The timer has been running since {day} at {start}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="162"/>
        <source>Jam &amp;selesai</source>
        <translation>&amp;End time</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="165"/>
        <source>&amp;Hentikan dan catat</source>
        <translation>&amp;Stop and log</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="166"/>
        <source>&amp;Batalkan timer</source>
        <translation>&amp;Cancel timer</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="167"/>
        <source>Hentikan tanpa mencatat apa pun</source>
        <translation>Stop without logging anything</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="168"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="169"/>
        <source>Timer tetap berjalan</source>
        <translation>The timer keeps running</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="203"/>
        <source>Timer ini sudah melewati tengah malam: bila dicatat sampai sekarang, kegiatannya {start}–{end} ({duration}). Jam selesai berapa yang dicatat?</source>
        <translation>This timer has passed midnight: logged until now, the activity would be {start}–{end} ({duration}). Which end time should be logged?</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="206"/>
        <source>Timer ini sudah melewati akhir jam kerja ({schedule_end}): sampai sekarang {start}–{end} ({duration}). Jam selesai berapa yang dicatat?</source>
        <translation>This timer has passed the end of working hours ({schedule_end}): until now {start}–{end} ({duration}). Which end time should be logged?</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="216"/>
        <source>Sampai akhir jam kerja, pukul {time}</source>
        <translation>Until the end of working hours, at {time}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="220"/>
        <source>Jam selesai yang saya tulis di bawah</source>
        <translation>The end time I write below</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="223"/>
        <source>Atau «Batalkan timer» bila tidak ada yang perlu dicatat.</source>
        <translation>Or «Cancel timer» if there is nothing to log.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/timer_dialog.py" line="246"/>
        <source>({start}–{end}, {duration})</source>
        <translation>({start}–{end}, {duration})</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="99"/>
        <source>Mulai timer…</source>
        <translation>Start timer…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="81"/>
        <source>Mulai dari templat</source>
        <translation>Start from a template</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="82"/>
        <source>Catat cepat…</source>
        <translation>Quick log…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="83"/>
        <source>Catat dari templat</source>
        <translation>Log from a template</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="84"/>
        <source>Buka hari ini</source>
        <translation>Open today</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="97"/>
        <source>Hentikan timer (sejak {start})…</source>
        <translation>Stop timer (since {start})…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="113"/>
        <source>Absensi — memuat data…</source>
        <translation>Absensi — loading data…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="118"/>
        <source>Hari ini: {total} dari target {expected}</source>
        <translation>Today: {total} of the target {expected}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="121"/>
        <source>Hari ini: {total} (tidak ada target hari ini)</source>
        <translation>Today: {total} (no target today)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="123"/>
        <source>Hari ini: belum bisa dibaca</source>
        <translation>Today: cannot be read yet</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="126"/>
        <source>Timer: sejak {start} ({elapsed}) — {text}</source>
        <translation>Timer: since {start} ({elapsed}) — {text}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="129"/>
        <source>Timer: tidak berjalan</source>
        <translation>Timer: not running</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/tray.py" line="170"/>
        <source>(belum ada templat; buat di Pengaturan)</source>
        <translation>(no templates yet; create them in Settings)</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="44"/>
        <source>Sertifikat tepercaya</source>
        <translation>Trusted certificates</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="48"/>
        <source>Ringkasan yang ditandatangani dengan sertifikat di daftar ini langsung dinyatakan sah. Tambahkan sertifikat dari berkas .cer yang dikirim pegawai (Absensi › Kunci tanda tangan › Ekspor sertifikat), atau langsung dari ringkasan yang Anda buka, setelah sidik jarinya dicocokkan dengan pegawai.</source>
        <translation>Summaries signed with a certificate in this list are accepted as valid straight away. Add certificates from the .cer files employees send (Absensi › Signing key › Export certificate), or straight from a summary you open, after comparing the fingerprint with the employee.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="57"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="57"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="57"/>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="57"/>
        <source>Ditambahkan</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="71"/>
        <source>Belum ada sertifikat tepercaya. Impor berkas sertifikat dari pegawai, atau percayai sertifikat saat membuka ringkasannya.</source>
        <translation>No trusted certificates yet. Import a certificate file from an employee, or trust the certificate when opening their summary.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="85"/>
        <source>Impor sertifikat…</source>
        <translation>Import certificate…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="87"/>
        <source>Ganti nama…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="89"/>
        <source>Hapus…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="91"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="125"/>
        <source>Klik dua kali untuk mengganti nama</source>
        <translation>Double-click to rename</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="153"/>
        <source>Sidik jari SHA-256 {name}:</source>
        <translation>SHA-256 fingerprint of {name}:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="166"/>
        <source>Impor sertifikat pegawai</source>
        <translation>Import an employee&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="167"/>
        <source>Sertifikat (*.cer *.crt *.pem *.der);;Semua berkas (*)</source>
        <translation>Certificates (*.cer *.crt *.pem *.der);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="171"/>
        <source>Impor sertifikat</source>
        <translation>Import certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="186"/>
        <source>Sertifikat {name} (NIP {nip}) sudah ada di daftar.</source>
        <translation>The certificate of {name} (NIP {nip}) is already in the list.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="191"/>
        <source>Percayai sertifikat {name} (NIP {nip})?

Sidik jari:
{fp}

Cocokkan sidik jari ini dengan pegawai (mis. lewat telepon) sebelum mempercayainya.</source>
        <translation>Trust the certificate of {name} (NIP {nip})?

Fingerprint:
{fp}

Compare this fingerprint with the employee (e.g. by telephone) before trusting it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="197"/>
        <source>PERHATIAN: NIP {nip} sudah punya {n} sertifikat tepercaya lain. Tambahkan hanya bila pegawai memastikan ia membuat kunci baru.</source>
        <translation>CAUTION: NIP {nip} already has {n} other trusted certificates. Add it only if the employee confirms that they made a new key.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="207"/>
        <source>Dipercaya: {name} (NIP {nip}).</source>
        <translation>Trusted: {name} (NIP {nip}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="217"/>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="228"/>
        <source>Ganti nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="218"/>
        <source>Nama yang ditampilkan untuk sertifikat NIP {nip}:</source>
        <translation>Name shown for the certificate of NIP {nip}:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="231"/>
        <source>Nama diganti: {name} (NIP {nip}).</source>
        <translation>Renamed: {name} (NIP {nip}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="253"/>
        <source>Hapus {name} (NIP {nip}) dari sertifikat tepercaya?

Sidik jari:
{fp}

Ringkasan yang ditandatangani dengan sertifikat ini akan dinyatakan “penanda tangan belum dikenal”.</source>
        <translation>Remove {name} (NIP {nip}) from the trusted certificates?

Fingerprint:
{fp}

Summaries signed with this certificate will be shown as “signer not yet known”.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="256"/>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="261"/>
        <source>Hapus sertifikat</source>
        <translation>Remove certificate</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="264"/>
        <source>Tidak lagi dipercaya: {name} (NIP {nip}).</source>
        <translation>No longer trusted: {name} (NIP {nip}).</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="187"/>
        <source>Berkas ini TIDAK bertanda tangan elektronik; isinya tidak bisa dipastikan.</source>
        <translation>This file is NOT electronically signed; its content cannot be confirmed.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="191"/>
        <source>PALSU: keputusan di berkas ini ditandatangani atas nama Anda (NIP {nip}) dengan sertifikat yang BUKAN milik Anda. Itu bukan keputusan Anda dan tidak berlaku; simpan berkasnya sebagai bukti dan laporkan kejadiannya.</source>
        <translation>FORGED: the decision in this file was signed in your name (NIP {nip}) with a certificate that is NOT yours. It is not your decision and is not valid; keep the file as evidence and report what happened.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="197"/>
        <source>PALSU: ringkasan ini ditandatangani atas nama Anda (NIP {nip}) dengan sertifikat yang BUKAN milik Anda. Itu bukan laporan Anda dan tidak berlaku; simpan berkasnya sebagai bukti dan laporkan kejadiannya.</source>
        <translation>FORGED: this summary was signed in your name (NIP {nip}) with a certificate that is NOT yours. It is not your report and is not valid; keep the file as evidence and report what happened.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="204"/>
        <source>BERKAS TELAH DIUBAH setelah ditandatangani. Jangan percayai isinya; minta pengirimnya mengirim ulang.</source>
        <translation>THE FILE WAS CHANGED after it was signed. Do not trust its content; ask the sender to send it again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="207"/>
        <source>Ada tambahan selain tanda tangan setelah berkas ditandatangani. Jangan percayai isinya; minta pengirimnya mengirim ulang.</source>
        <translation>Something other than signatures was added after the file was signed. Do not trust its content; ask the sender to send it again.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="210"/>
        <source>Tanda tangan TIDAK SAH: {problems}. Minta pengirimnya menandatangani ulang dengan sertifikat yang berlaku.</source>
        <translation>The signature is NOT VALID: {problems}. Ask the sender to sign it again with a valid certificate.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="214"/>
        <source>Tanda tangan utuh, tetapi data di dalamnya tidak cocok: {problems}</source>
        <translation>The signature is intact, but the data inside does not match: {problems}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="219"/>
        <source>PERINGATAN: ditandatangani dengan sertifikat LAIN untuk NIP {nip}, yang sertifikatnya sudah Anda percayai. Bisa jadi dipalsukan; hubungi pegawai.</source>
        <translation>WARNING: signed with ANOTHER certificate for NIP {nip}, whose certificate you already trust. It may be forged; contact the employee.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="227"/>
        <source>Utuh, tetapi sertifikat {name} (NIP {nip}) belum Anda kenal. Cocokkan sidik jarinya dengan pegawai itu (mis. lewat telepon) sebelum mempercayainya.</source>
        <translation>Intact, but you do not know the certificate of {name} (NIP {nip}) yet. Compare its fingerprint with that employee (e.g. by phone) before trusting it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="231"/>
        <source>Utuh, tetapi sertifikat {name} (NIP {nip}) belum Anda kenal. Cocokkan sidik jarinya dengan pejabat penilai itu (mis. lewat telepon) sebelum mempercayainya.</source>
        <translation>Intact, but you do not know the certificate of {name} (NIP {nip}) yet. Compare its fingerprint with that appraising official (e.g. by phone) before trusting it.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="248"/>
        <source>Sah dan utuh: dokumen evaluasi kinerja {title} ditandatangani {name} (NIP {nip}).</source>
        <translation>Valid and intact: performance evaluation document {title} signed by {name} (NIP {nip}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="251"/>
        <source>Sah dan utuh: ditandatangani {name} (NIP {nip}).</source>
        <translation>Valid and intact: signed by {name} (NIP {nip}).</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="252"/>
        <source>Sah dan utuh: ditandatangani {name} (NIP {nip}); sudah DISETUJUI pejabat penilai.</source>
        <translation>Valid and intact: signed by {name} (NIP {nip}); APPROVED by the appraising official.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="254"/>
        <source>Sah dan utuh: ditandatangani {name} (NIP {nip}); DIKEMBALIKAN pejabat penilai untuk diperbaiki.</source>
        <translation>Valid and intact: signed by {name} (NIP {nip}); RETURNED for correction by the appraising official.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="258"/>
        <source>Sah dan utuh: ditandatangani {name} (NIP {nip}), {month} {year} revisi {revision}.</source>
        <translation>Valid and intact: signed by {name} (NIP {nip}), {month} {year} revision {revision}.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="259"/>
        <source>Sah dan utuh: ditandatangani {name} (NIP {nip}), {month} {year} revisi {revision}; sudah DISETUJUI pejabat penilai.</source>
        <translation>Valid and intact: signed by {name} (NIP {nip}), {month} {year} revision {revision}; APPROVED by the appraising official.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/verdict.py" line="264"/>
        <source>Sah dan utuh: ditandatangani {name} (NIP {nip}), {month} {year} revisi {revision}; DIKEMBALIKAN pejabat penilai untuk diperbaiki.</source>
        <translation>Valid and intact: signed by {name} (NIP {nip}), {month} {year} revision {revision}; RETURNED for correction by the appraising official.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="71"/>
        <source>Setujui…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="72"/>
        <source>Kembalikan…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="73"/>
        <source>Terapkan keputusan</source>
        <translation>Apply decision</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="121"/>
        <source>Belum ada berkas</source>
        <translation>No file yet</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="122"/>
        <source>Seret berkas PDF ringkasan bulanan ke jendela ini, atau pilih Buka berkas…</source>
        <translation>Drag a monthly summary PDF onto this window, or choose Open file…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="128"/>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="129"/>
        <source>Tanda tangan dan isi berkas ini sedang diperiksa.</source>
        <translation>The signatures and contents of this file are being checked.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="175"/>
        <source>Berkas: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="182"/>
        <source>Bulan: {month}, revisi {revision}</source>
        <translation>Month: {month}, revision {revision}</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="191"/>
        <source>Setelah ditandatangani: tidak ada perubahan selain tanda tangan.</source>
        <translation>After signing: no changes other than signatures.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="196"/>
        <source>Setelah ditandatangani: ADA perubahan lain selain tanda tangan.</source>
        <translation>After signing: OTHER changes besides signatures.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="205"/>
        <source>Data tidak cocok:</source>
        <translation>Data do not match:</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="236"/>
        <source>Berkas ini dipalsukan atas nama Anda: tidak bisa disetujui, dikembalikan atau diterapkan. Simpan salinannya sebagai bukti.</source>
        <translation>This file was forged in your name: it cannot be approved, returned or applied. Keep a copy as evidence.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="243"/>
        <source>Ini dokumen evaluasi kinerja tahunan: Absensi memeriksa keasliannya; persetujuan hanya untuk ringkasan bulanan.</source>
        <translation>This is an annual performance evaluation document: Absensi checks its authenticity; approval is only for monthly summaries.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="253"/>
        <source>Keputusan ini sudah diterapkan pada data Anda.</source>
        <translation>This decision has already been applied to your data.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="266"/>
        <source>PERINGATAN: sertifikat LAIN untuk NIP {nip}, yang sertifikatnya sudah Anda percayai. Ringkasan ini tidak bisa disetujui atau dikembalikan sebelum pegawai memastikan bahwa sertifikat ini miliknya.</source>
        <translation>WARNING: a DIFFERENT certificate for NIP {nip}, whose certificate you already trust. This summary cannot be approved or returned until the employee confirms that this certificate is theirs.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="272"/>
        <source>Cocokkan dan percayai sertifikat pegawai dulu; setelah itu ringkasan bisa disetujui atau dikembalikan.</source>
        <translation>Compare and trust the employee&apos;s certificate first; then the summary can be approved or returned.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="278"/>
        <source>Isi profil Anda dulu (Pengaturan › Profil) untuk memberi keputusan.</source>
        <translation>Fill in your profile first (Settings › Profile and work schedule) to give a decision.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="280"/>
        <source>Ringkasan ini ditujukan kepada {name} (NIP {nip}) sebagai pejabat penilai, bukan kepada Anda.</source>
        <translation>This summary is addressed to {name} (NIP {nip}) as appraising official, not to you.</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="48"/>
        <source>Jam per minggu (minggu mulai Senin)</source>
        <translation>Hours per week (weeks start on Monday)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="49"/>
        <source>Tercatat</source>
        <translation>Logged</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="52"/>
        <source>Target jadwal</source>
        <translation>Schedule target</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="67"/>
        <source>%d j</source>
        <translation>%d h</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="97"/>
        <source>Minggu {range} {year}: tercatat {logged} dari target {expected}</source>
        <translation>Week {range} {year}: logged {logged} of the target {expected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="107"/>
        <source>{place}: {hours} pada %n hari</source>
        <translation>
            <numerusform>{place}: {hours} on %n day</numerusform>
            <numerusform>{place}: {hours} over %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="112"/>
        <source>%n hari di luar kantor</source>
        <translation>
            <numerusform>%n day off-site</numerusform>
            <numerusform>%n days off-site</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowPage</name>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="40"/>
        <source>Jendela dan bahasa</source>
        <translation>Window and language</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="41"/>
        <source>Pilihan ini tersimpan di folder data profil ini, jadi setiap pengguna komputer punya pilihannya sendiri.</source>
        <translation>These choices are kept in this profile&apos;s data folder, so each user of the computer has their own.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="43"/>
        <source>Baki sistem</source>
        <translation>System tray</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="44"/>
        <source>Menutup jendela &amp;membiarkan Absensi tetap berjalan di baki sistem</source>
        <translation>Closing the window &amp;keeps Absensi running in the system tray</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="49"/>
        <source>Timer dan pengingat tetap berjalan. Keluar lewat Berkas › Keluar (Ctrl+Q) atau menu ikon baki.</source>
        <translation>Timers and reminders keep running. Quit through File › Exit (Ctrl+Q) or the tray icon&apos;s menu.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="52"/>
        <source>Desktop ini tidak punya baki sistem: menutup jendela selalu menutup Absensi.</source>
        <translation>This desktop has no system tray: closing the window always closes Absensi.</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="57"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="59"/>
        <source>Bawaan (Bahasa Indonesia)</source>
        <translation>Default (Bahasa Indonesia)</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="63"/>
        <source>Bahasa &amp;tampilan</source>
        <translation>Display &amp;language</translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/settings/app_pages.py" line="67"/>
        <source>Bahasa baru langsung dipakai di semua jendela yang terbuka setelah Simpan, juga untuk tanggal dan angka. Pemilih profil, yang muncul sebelum profil dibuka, tetap berbahasa Indonesia saat Absensi dibuka lagi (kecuali dimulai dengan --language atau ABSENSI_LANG). Baris perintah selalu berbahasa Indonesia.</source>
        <translation>The new language is used at once in every open window after Save, dates and numbers included. The profile picker, which appears before a profile is opened, stays in Indonesian when Absensi is opened again (unless it is started with --language or ABSENSI_LANG). The command line is always in Indonesian.</translation>
    </message>
</context>
</TS>
