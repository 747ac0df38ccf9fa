<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="111"/>
        <source>Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="111"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="111"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="124"/>
        <source>Ketik untuk mengisi sel; F2 mengubah sel terpilih; Tab pindah ke kolom berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="125"/>
        <source>+ Tambah Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="126"/>
        <source>Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="130"/>
        <source>Opsional. Satu baris per bulan atau triwulan; target dalam satuan RHK (kosongkan bila tidak ada).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_action_table.py" line="232"/>
        <source>Satu RHK paling banyak memiliki {limit} Rencana Aksi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/absensi_app/app.py" line="50"/>
        <source>Terjadi kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="51"/>
        <source>Terjadi kesalahan tak terduga: {error}

Data yang sudah disimpan tetap aman. Rinciannya tercatat di folder log aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="94"/>
        <source>absensi: profil tidak dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="106"/>
        <source>Absensi sudah terbuka untuk folder data {folder}, tetapi jendelanya tidak menjawab. Tutup Absensi yang lain lalu coba lagi. Bila tidak ada Absensi lain yang terbuka, hapus berkas {lock}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="223"/>
        <source>Data tidak bisa dibuka: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="308"/>
        <source>Data contoh dimuat untuk bulan ini. Ubah profil lewat Pengaturan › Profil dan jadwal kerja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="37"/>
        <source>Lampiran bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="70"/>
        <source>tidak dilampirkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="72"/>
        <source>cocok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="74"/>
        <source>TIDAK COCOK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="75"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="100"/>
        <source>Lampiran ini tidak bisa dibuka: isinya tidak cocok dengan hash yang ditandatangani.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/attachment_list.py" line="110"/>
        <source>Tidak ada aplikasi untuk membuka {name}; berkasnya ada di {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="196"/>
        <source>Cadangan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="200"/>
        <source>Absensi mencadangkan database setiap hari saat pertama dibuka, dan sebelum pembaruan struktur, impor, atau pemulihan. Setiap cadangan diperiksa setelah dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="225"/>
        <source>Belum ada cadangan. Tekan “Cadangkan sekarang” untuk membuat yang pertama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="229"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="231"/>
        <source>&amp;Pulihkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="233"/>
        <source>Buka &amp;folder cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="242"/>
        <source>Folder cadangan tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="248"/>
        <source>Misalnya flashdisk atau folder yang disinkronkan: setiap cadangan juga disalin ke sana, jadi data tetap ada bila komputer ini rusak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="254"/>
        <source>Pilih f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="256"/>
        <source>&amp;Jangan pakai lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="271"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="303"/>
        <source>Folder cadangan: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="307"/>
        <source>utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="307"/>
        <source>{broken} – tidak bisa dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="346"/>
        <source>Cadangan ini rusak dan tidak bisa dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="358"/>
        <source>Cadangan {name} tersimpan dan diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="360"/>
        <source>Salinannya juga ada di {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="366"/>
        <source>Pulihkan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="370"/>
        <source>Cadangan {when} rusak dan tidak bisa dipulihkan. Pilih cadangan lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="374"/>
        <source>Pulihkan cadangan {when} ({reason}, {entries} kegiatan, {locked} bulan terkunci)?

Semua yang dicatat sesudah cadangan itu dibuat tidak akan tampil lagi. Keadaan saat ini dicadangkan lebih dulu (“sebelum pemulihan”), jadi pemulihan ini bisa dibatalkan dengan memulihkan cadangan itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="393"/>
        <source>Belum dipilih: cadangan hanya ada di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="400"/>
        <source>{folder}
(sekarang tidak ada, mis. flashdisk tidak terpasang: cadangan hanya dibuat di komputer ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="407"/>
        <source>Pilih folder cadangan tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="416"/>
        <source>Cadangan berikutnya juga disalin ke {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="426"/>
        <source>Folder cadangan tambahan tidak dipakai lagi; cadangan yang sudah ada di sana tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchApproveDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="54"/>
        <source>Setujui beberapa ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="57"/>
        <source>{n} ringkasan menunggu keputusan Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="60"/>
        <source>Tanda tangan elektronik Anda sebagai pejabat penilai ditambahkan ke setiap berkas yang dicentang, bersama catatan di bawah; isi ringkasan pegawai tidak berubah. Setiap berkas diperiksa lagi setelah ditandatangani, sebelum ditulis. Untuk memberi penilaian kinerja, setujui ringkasannya satu per satu dari penampil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="65"/>
        <source>{n} sel lain yang dipilih tidak menunggu keputusan (sudah diputuskan, bermasalah atau kosong) dan tidak ikut disetujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="70"/>
        <source>{name} — {month}, revisi {revision} ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="79"/>
        <source>Catatan untuk semua berkas (boleh kosong), mis. terima kasih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="83"/>
        <source>Di samping berkas aslinya, sebagai NAMA-disetujui.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="84"/>
        <source>Ke folder lain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="95"/>
        <source>frasa sandi kunci tanda tangan Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="109"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="121"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="123"/>
        <source>Simpan berkas yang disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="127"/>
        <source>Frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="146"/>
        <source>Setujui {n} ringkasan dan tanda tangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="148"/>
        <source>Folder: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="152"/>
        <source>Pilih folder untuk ringkasan yang disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="176"/>
        <source>Centang dulu ringkasan yang akan disetujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="179"/>
        <source>Catatan terlalu panjang (paling banyak {n} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="183"/>
        <source>Isi frasa sandi kunci tanda tangan Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="202"/>
        <source>%v / %m ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="225"/>
        <source>Tidak ada berkas yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="227"/>
        <source>Tidak bisa menyetujui: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="235"/>
        <source>{ok} dari {n} ringkasan disetujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/batch_approve_dialog.py" line="245"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="34"/>
        <source>Nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="35"/>
        <source>Ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="36"/>
        <source>Dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="68"/>
        <source>Hari libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="74"/>
        <source>(bukan hari libur nasional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="53"/>
        <source>Kalender kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="60"/>
        <source>&amp;Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="64"/>
        <source>Hari libur nasional dan cuti bersama mengikuti SKB 3 Menteri. Tambahkan hari libur daerah, atau jadikan sebuah hari libur hari kerja bila instansi Anda menetapkannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="79"/>
        <source>&amp;Jadikan hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="80"/>
        <source>Hari libur terpilih menjadi hari kerja biasa (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="81"/>
        <source>&amp;Kembalikan ke kalender nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="82"/>
        <source>Lupakan perubahan Anda untuk tanggal terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="85"/>
        <source>Tanggal bertanda “perkiraan” dihitung dari kalender Hijriah dan bisa bergeser. Sesuaikan bila SKB 3 Menteri atau pemerintah daerah menetapkan lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="98"/>
        <source>nama, mis. Hari Jadi Kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="99"/>
        <source>&amp;Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="100"/>
        <source>Hari &amp;libur daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="133"/>
        <source> jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="141"/>
        <source>&amp;Simpan jam Ramadan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="142"/>
        <source>&amp;Hapus jam Ramadan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="143"/>
        <source>Hapus jam kerja Ramadan tahun ini; target harian kembali normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="144"/>
        <source>&amp;Awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="146"/>
        <source>A&amp;khir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="148"/>
        <source>Jam kerja &amp;seminggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="172"/>
        <source>Kerja di luar kantor (berlaku untuk semua tahun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="176"/>
        <source> hari seminggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="177"/>
        <source>&amp;Paling banyak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="181"/>
        <source>PermenPANRB 4/2025: bila instansi menerapkan kerja fleksibel, paling banyak {n} hari kerja seminggu di Rumah, Kantor lain atau Lokasi lain. Dinas Luar tidak dihitung. Ringkasan mingguan menandai minggu yang melebihi batas ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="203"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="249"/>
        <source>Hari libur dan cuti bersama {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="250"/>
        <source>Jam kerja Ramadan {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="289"/>
        <source>{day} ditambahkan sebagai hari libur ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="302"/>
        <source>{day} sekarang hari kerja biasa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="316"/>
        <source>{day} kembali mengikuti kalender nasional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="352"/>
        <source>Tersimpan: {first} s.d. {last}, {hours} seminggu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="364"/>
        <source>Belum diatur. Tanggal di atas perkiraan dari Idul Fitri ({day}); sesuaikan dengan surat edaran instansi Anda, lalu simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="370"/>
        <source>Belum diatur. Isi tanggal awal dan akhir Ramadan sesuai surat edaran instansi Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="390"/>
        <source>Jam kerja Ramadan {year} disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="402"/>
        <source>Jam kerja Ramadan {year} dihapus; target harian kembali normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="431"/>
        <source>Tersimpan: paling banyak {n} hari seminggu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/cell_panel.py" line="33"/>
        <source>Buka berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/cell_panel.py" line="49"/>
        <source>Pilih sel untuk melihat berkasnya; klik dua kali untuk membukanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/cell_panel.py" line="57"/>
        <source>Berkas bermasalah yang bulannya tidak terbaca:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/cell_panel.py" line="65"/>
        <source>Belum ada ringkasan bulan ini di folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="26"/>
        <source>lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="27"/>
        <source>sebagian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="28"/>
        <source>kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="29"/>
        <source>libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="30"/>
        <source>cuti/sakit/izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="31"/>
        <source>dinas luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="32"/>
        <source>akan datang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="33"/>
        <source>bukan hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="62"/>
        <source>Target tercapai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="63"/>
        <source>Sesuai jadwal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="64"/>
        <source>Tertinggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="65"/>
        <source>Belum dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="74"/>
        <source>Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="75"/>
        <source>Tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/style.py" line="79"/>
        <source>Capaian ini catatan pribadi pegawai, bukan predikat kinerja resmi. Predikat ditetapkan oleh Pejabat Penilai Kinerja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="112"/>
        <source>Ringkasan {month} tidak bisa dihitung: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="143"/>
        <source>Bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="144"/>
        <source>Kembali ke bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="160"/>
        <source>PageUp/PageDown: pindah bulan • klik tanggal untuk membukanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="183"/>
        <source>Jam tercatat bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="184"/>
        <source>Saldo berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="185"/>
        <source>Hari terisi / hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="201"/>
        <source>Kalender bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="266"/>
        <source>Bulan sebelumnya (PageUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="269"/>
        <source>Bulan berikutnya (PageDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="283"/>
        <source>dari target bulan {expected} ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="289"/>
        <source>tidak ada target jam bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="296"/>
        <source>bulan ini belum dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="303"/>
        <source>terhadap target sebulan penuh {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="305"/>
        <source>terhadap target s.d. hari ini {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="317"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{n} kosong&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="320"/>
        <source>tidak ada yang kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="322"/>
        <source>{n} berketerangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="324"/>
        <source>{n} akan datang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="327"/>
        <source>Hari terisi: hari dengan kegiatan. Berketerangan: cuti, sakit, izin, tugas belajar atau dinas luar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="333"/>
        <source>Tahun {year} s.d. hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="336"/>
        <source>dari patokan {yardstick} setahun&lt;br&gt;bagian s.d. hari ini: {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="344"/>
        <source>1.250 jam setahun adalah jam kerja efektif untuk analisis beban kerja, bukan aturan kehadiran. Target jadwal kerja s.d. hari ini: {expected} (saldo {balance}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="357"/>
        <source>&lt;b style=&apos;color:{color}&apos;&gt;Hari kerja belum diisi ({n}):&lt;/b&gt; {days} &lt;span style=&apos;color:{muted}&apos;&gt;— klik untuk mengisi, atau beri status (cuti, sakit, dinas luar).&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="364"/>
        <source>&lt;span style=&apos;color:{muted}&apos;&gt;Bulan ini belum dimulai.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="368"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;✔ Semua hari kerja s.d. hari ini sudah terisi atau berketerangan.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="393"/>
        <source>minggu {range}: &lt;b&gt;{n} hari&lt;/b&gt; ({days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/view.py" line="399"/>
        <source>⚠ &lt;b&gt;Kerja di luar kantor melebihi batas {limit} hari seminggu&lt;/b&gt; pada {weeks}. PermenPANRB 4/2025 membatasi kerja di luar kantor (Rumah, Kantor lain, Lokasi lain) paling banyak {limit} hari kerja seminggu, kecuali tugasnya memang di luar kantor; Dinas Luar tidak dihitung. Batas {limit} hari ini adalah pengaturan yang bisa disesuaikan dengan kebijakan instansi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="54"/>
        <source>(belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="61"/>
        <source>mis. nomor surat tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="63"/>
        <source>Status hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="65"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="66"/>
        <source>Jenis cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="68"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="77"/>
        <source>Jumlah jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="123"/>
        <source>Buka kunci…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="124"/>
        <source>Buka kunci bulan ini untuk mengubah kegiatan (alasannya dicatat di riwayat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="163"/>
        <source>Tidak ada kegiatan pada hari ini. Bulan ini terkunci; buka kuncinya bila memang perlu menambah kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="165"/>
        <source>Tanggal ini belum terjadi. Kegiatan belum bisa dicatat, tetapi status hari (mis. cuti) bisa diisi di kiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="167"/>
        <source>Belum ada kegiatan pada hari ini. Isi formulir di bawah, atau salin dari hari sebelumnya (Ctrl+Shift+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="174"/>
        <source>Hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="176"/>
        <source>Hari libur: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="178"/>
        <source>Bukan hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="189"/>
        <source>&lt;b&gt;{month} terkunci&lt;/b&gt; (ringkasan revisi {revision} diekspor {when}). Kegiatan dan status hari di bulan ini tidak bisa diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="220"/>
        <source>Tercatat &lt;b&gt;{total}&lt;/b&gt; dari target {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="228"/>
        <source>Tercatat &lt;b&gt;{total}&lt;/b&gt; (tidak ada target hari ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/day_panel.py" line="231"/>
        <source>{month}: {total} pada {days} hari</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionBox</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="128"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="144"/>
        <source>Keputusan pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="146"/>
        <source>Keputusan pejabat penilai (sertifikatnya belum dikenal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="150"/>
        <source>DISETUJUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="153"/>
        <source>DIKEMBALIKAN UNTUK DIPERBAIKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="156"/>
        <source>tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="157"/>
        <source>Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="159"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="160"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="163"/>
        <source>Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="164"/>
        <source>Perilaku Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="167"/>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="169"/>
        <source>Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="169"/>
        <source>tidak diberikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="171"/>
        <source>RHK no. {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="176"/>
        <source>Umpan balik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="182"/>
        <source>Keputusan TIDAK BERLAKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="185"/>
        <source>Keputusan di berkas ini ditandatangani atas nama Anda dengan sertifikat yang bukan milik Anda. Itu bukan keputusan Anda: jangan kirim, terapkan atau catat sebagai keputusan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="189"/>
        <source>Ringkasan di berkas ini dipalsukan atas nama Anda, jadi keputusan di dalamnya tidak berlaku dan tidak bisa diterapkan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="76"/>
        <source>Setujui ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="76"/>
        <source>Kembalikan ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="81"/>
        <source>Ringkasan {month} revisi {revision} dari {name} (NIP {nip}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="89"/>
        <source>Tanda tangan elektronik Anda ditambahkan ke berkas ini bersama keputusan, catatan dan penilaian di bawah. Isi ringkasan pegawai tidak berubah. Kirim berkas hasilnya kembali ke pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="95"/>
        <source>Pegawai akan melihat catatan Anda, dan bulan itu dibuka lagi di aplikasinya untuk diperbaiki. Tanda tangan elektronik Anda ditambahkan ke berkas ini; kirim berkas hasilnya kembali ke pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="104"/>
        <source>Mis. terima kasih, pertahankan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="106"/>
        <source>Wajib: apa yang perlu diperbaiki, mis. lengkapi bukti dukung tanggal 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="110"/>
        <source>&amp;Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="110"/>
        <source>&amp;Catatan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="119"/>
        <source>Penilaian kinerja (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="121"/>
        <source>&amp;Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="122"/>
        <source>&amp;Perilaku Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="123"/>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="125"/>
        <source>Predikat mengikuti tabel PermenPANRB 6/2022 dari kedua penilaian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="135"/>
        <source>frasa sandi kunci tanda tangan Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="141"/>
        <source>Setujui dan tanda tangani…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="141"/>
        <source>Kembalikan dan tanda tangani…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="145"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="151"/>
        <source>&amp;Frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="178"/>
        <source>— tidak dinilai —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="179"/>
        <source>Di Atas Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="180"/>
        <source>Sesuai Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="181"/>
        <source>Di Bawah Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="201"/>
        <source>Pilih kedua penilaian untuk melihat predikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="206"/>
        <source>Tanpa penilaian: hanya keputusan yang dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="223"/>
        <source>Tulis catatan apa yang perlu diperbaiki sebelum mengembalikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="227"/>
        <source>Catatan terlalu panjang (paling banyak {n} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="233"/>
        <source>Pilih Hasil Kerja dan Perilaku Kerja bersama-sama, atau kosongkan keduanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="239"/>
        <source>Umpan balik RHK no. {id} terlalu panjang (paling banyak {n} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="244"/>
        <source>Isi frasa sandi kunci tanda tangan Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="269"/>
        <source>Simpan ringkasan bertanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="270"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/decision_dialog.py" line="272"/>
        <source>Belum disimpan: pilih tempat menyimpan berkas, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="60"/>
        <source>Hanya durasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="61"/>
        <source>Catat lamanya saja, tanpa jam mulai dan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="65"/>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="73"/>
        <source>Uraian kegiatan, mis. Menyusun laporan capaian kinerja bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="82"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="83"/>
        <source>Jumlah output; biarkan – bila tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="88"/>
        <source>satuan, mis. laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="90"/>
        <source>tautan bukti dukung (https://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="92"/>
        <source>Lampirkan berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="96"/>
        <source>Lepaskan berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="104"/>
        <source>ketik sebagian nama RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="109"/>
        <source>Rencana Hasil Kerja (RHK) SKP yang didukung kegiatan ini; ketik untuk mencari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="113"/>
        <source>Rencana Aksi dari RHK terpilih (boleh dikosongkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="114"/>
        <source>Rencana &amp;Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="120"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="122"/>
        <source>Simpan kegiatan (Ctrl+S atau Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="123"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="124"/>
        <source>Batalkan perubahan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="135"/>
        <source>&amp;Lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="142"/>
        <source>&amp;Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="163"/>
        <source>&amp;Jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="164"/>
        <source>&amp;Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="165"/>
        <source>R&amp;HK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="166"/>
        <source>&amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="219"/>
        <source>Kegiatan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="239"/>
        <source>Ubah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="329"/>
        <source>RHK “{text}” tidak ada di daftar. Pilih RHK dari daftar, atau kosongkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="373"/>
        <source>— tanpa RHK —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="379"/>
        <source>RHK nomor {id} (tidak ada di daftar RHK hari ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="387"/>
        <source>RHK utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="387"/>
        <source>RHK tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="390"/>
        <source>IKI: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="391"/>
        <source>Target: {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="402"/>
        <source>— tanpa Rencana Aksi —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="408"/>
        <source>Rencana Aksi nomor {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="27"/>
        <source>Jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="28"/>
        <source>Durasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="29"/>
        <source>Lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="30"/>
        <source>Uraian kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="31"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="32"/>
        <source>Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_table.py" line="73"/>
        <source>(durasi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/absensi_app/config.py" line="79"/>
        <source>&apos;{p}&apos; adalah berkas, bukan folder, jadi tidak bisa menjadi folder data Absensi. Pilih folder lain dengan --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/config.py" line="91"/>
        <source>Folder data &apos;{p}&apos; tidak bisa dibuat atau ditulisi ({e}). Pilih folder lain dengan --data-dir atau periksa izinnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/errors.py" line="41"/>
        <source>Profil pegawai belum dibuat. Jalankan &apos;absensi init&apos; atau buka aplikasi untuk mengisinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/model.py" line="36"/>
        <source>Lokasi &apos;{code}&apos; tidak dikenal. Pilih salah satu: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/model.py" line="87"/>
        <source>Status hari &apos;{code}&apos; tidak dikenal. Pilih salah satu: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/model.py" line="129"/>
        <source>Jenis cuti &apos;{code}&apos; tidak dikenal. Pilih salah satu: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="74"/>
        <source>NIP wajib diisi (18 digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="77"/>
        <source>NIP hanya boleh berisi angka (spasi boleh sebagai pemisah).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="81"/>
        <source>NIP harus 18 digit; yang diisi {count} digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="88"/>
        <source>Digit 1-8 NIP harus tanggal lahir (TTTTBBHH); &apos;{part}&apos; bukan tanggal yang sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="95"/>
        <source>Tanggal lahir pada NIP ({part}) tidak masuk akal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="100"/>
        <source>Digit 9-12 NIP harus tahun pengangkatan; {year} tidak cocok dengan tahun lahir {born}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="108"/>
        <source>Digit ke-15 NIP adalah jenis kelamin (1 laki-laki, 2 perempuan); tertulis &apos;{digit}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="114"/>
        <source>Nomor urut NIP (digit 16-18) tidak boleh 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/nip.py" line="119"/>
        <source>Digit 13-14 NIP PNS harus bulan pengangkatan (01-12); tertulis &apos;{code}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rhk_feedback.py" line="125"/>
        <source>RHK no. {id} tidak ada di ringkasan ini (RHK yang ada: {known}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rhk_feedback.py" line="129"/>
        <source>Umpan balik untuk RHK {id} diberikan lebih dari sekali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rhk_feedback.py" line="134"/>
        <source>Umpan balik RHK {id} terlalu panjang (paling banyak {n} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="71"/>
        <source>{label} memuat {kind} (U+{code:04X}) yang tidak boleh ada; hapus karakter itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="80"/>
        <source>{label} hanya berisi karakter tak terlihat (mis. U+{code:04X}); tulis teks yang bisa dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="107"/>
        <location filename="../../src/absensi_app/domain/rules.py" line="134"/>
        <source>Tanggal {day} terlalu lampau (paling awal {earliest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="113"/>
        <source>Status hari hanya bisa diisi sampai satu tahun ke depan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="128"/>
        <source>Tanggal {day} belum terjadi; kegiatan hanya bisa dicatat sampai hari ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="141"/>
        <source>Uraian kegiatan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="94"/>
        <source>Uraian kegiatan terlalu panjang ({length} karakter; paling banyak {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="145"/>
        <source>Isi jam mulai dan jam selesai sekaligus, atau kosongkan keduanya dan isi durasinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="151"/>
        <source>Jam selesai ({end}) harus setelah jam mulai ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="158"/>
        <source>Durasi tidak cocok dengan jam mulai dan jam selesai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="163"/>
        <source>Isi jam mulai dan jam selesai, atau durasi kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="166"/>
        <source>Durasi kegiatan harus lebih dari 0 menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="169"/>
        <source>Durasi {minutes} menit melebihi 24 jam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="176"/>
        <source>Jumlah output {qty} tidak masuk akal; isi angka bulat 1 sampai {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="183"/>
        <source>Isi satuan output (misalnya laporan, dokumen, kegiatan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="186"/>
        <source>Isi jumlah output untuk satuan &apos;{unit}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="189"/>
        <location filename="../../src/absensi_app/domain/templates.py" line="52"/>
        <location filename="../../src/absensi_app/services/timer.py" line="145"/>
        <source>Satuan output terlalu panjang (paling banyak {limit} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="200"/>
        <source>Tautan bukti dukung harus alamat web lengkap (diawali http:// atau https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="212"/>
        <source>Waktu {start}-{end} bertumpuk dengan kegiatan {ostart}-{oend} «{text}» pada hari yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="224"/>
        <source>Total kegiatan pada {day} menjadi {hours} jam {mins} menit, melebihi 24 jam sehari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="259"/>
        <location filename="../../src/absensi_app/domain/skp.py" line="142"/>
        <source>{label} wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="262"/>
        <location filename="../../src/absensi_app/domain/skp.py" line="145"/>
        <location filename="../../src/absensi_app/services/profile.py" line="115"/>
        <source>{label} terlalu panjang (paling banyak {limit} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="272"/>
        <source>Jenis ASN harus &apos;pns&apos; atau &apos;pppk&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="279"/>
        <source>NIP Pejabat Penilai Kinerja: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="283"/>
        <source>NIP Pejabat Penilai Kinerja tidak boleh sama dengan NIP pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="293"/>
        <source>Pilih paling sedikit satu hari kerja dalam seminggu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="295"/>
        <source>Hari kerja tidak sah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="298"/>
        <source>Jam kerja seminggu harus antara 1 dan 112 jam; tertulis {hours} jam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/rules.py" line="304"/>
        <source>Dengan {days} hari kerja, {hours} jam seminggu berarti lebih dari 16 jam sehari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="50"/>
        <source>Jenis RHK &apos;{code}&apos; tidak dikenal. Pilih &apos;utama&apos; atau &apos;tambahan&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="162"/>
        <source>{label} harus bilangan bulat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="166"/>
        <source>{label} harus antara {low} dan {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="178"/>
        <source>Akhir periode SKP tidak boleh sebelum awalnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="181"/>
        <source>Periode SKP paling lama satu tahun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="183"/>
        <source>Tahun periode SKP harus antara 2000 dan 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="192"/>
        <source>Rencana Aksi harus untuk satu bulan atau satu triwulan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="195"/>
        <source>Bulan harus 1 sampai 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="197"/>
        <source>Triwulan harus I sampai IV (1 sampai 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="203"/>
        <source>Rencana Aksi &apos;{span}&apos; berada di luar periode SKP ({period}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp.py" line="221"/>
        <source>Satu RHK paling banyak memiliki {limit} Rencana Aksi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="101"/>
        <source>Berkas ini bukan rencana SKP Absensi (kunci &quot;format&quot; harus &quot;{format}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="107"/>
        <source>Versi rencana SKP {version} tidak dikenal; versi yang didukung: {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="113"/>
        <source>Bagian &quot;period&quot; tidak ada atau bukan objek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="119"/>
        <source>Tanggal periode harus berbentuk YYYY-MM-DD (&quot;first&quot; dan &quot;last&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="132"/>
        <source>Bagian &quot;rhk&quot; harus berupa daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="135"/>
        <location filename="../../src/absensi_app/services/skp.py" line="166"/>
        <source>Satu periode SKP paling banyak memiliki {limit} RHK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="149"/>
        <source>{where}nama RHK sama dengan RHK ke-{other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="158"/>
        <source>isinya harus objek JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/skp_plan.py" line="162"/>
        <source>&quot;actions&quot; harus berupa daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/sheets.py" line="171"/>
        <source>Folder {folder} tidak ditemukan, sehingga {what} tidak dapat disimpan. Pilih folder lain atau buat folder itu terlebih dahulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/sheets.py" line="178"/>
        <source>{folder} bukan folder, sehingga {what} tidak dapat disimpan di sana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/sheets.py" line="184"/>
        <source>{path} adalah folder; pilih nama berkas untuk {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/sheets.py" line="188"/>
        <source>Tidak ada izin untuk menulis {path}. Berkas itu mungkin sedang dibuka di aplikasi lain (misalnya Excel) atau foldernya hanya bisa dibaca; tutup berkasnya atau pilih folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/reports/sheets.py" line="194"/>
        <source>{what} tidak dapat disimpan ke {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/backup.py" line="148"/>
        <source>&apos;{p}&apos; adalah berkas, bukan folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/backup.py" line="150"/>
        <location filename="../../src/absensi_app/services/batch_approval.py" line="58"/>
        <location filename="../../src/absensi_app/services/export.py" line="219"/>
        <location filename="../../src/absensi_app/services/files.py" line="157"/>
        <location filename="../../src/absensi_app/services/recap.py" line="112"/>
        <location filename="../../src/absensi_app/services/recap_sheet.py" line="230"/>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="167"/>
        <source>Folder &apos;{p}&apos; tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/backup.py" line="154"/>
        <source>Folder cadangan tambahan harus di luar folder data ({d}), misalnya di flashdisk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/backup.py" line="210"/>
        <source>Cadangan &apos;{p}&apos; tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/backup.py" line="212"/>
        <source>&apos;{p}&apos; bukan berkas cadangan (folder, pipa atau perangkat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/demo.py" line="154"/>
        <source>Bulan {month} belum dimulai; data contoh hanya untuk bulan ini atau sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/demo.py" line="159"/>
        <source>Bulan {month} terlalu lampau; data contoh paling awal untuk {earliest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="228"/>
        <source>Tahun harus antara 2000 dan 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="235"/>
        <source>Belum ada rencana SKP untuk tahun {year}. Isi dulu di Pengaturan › Rencana SKP (atau &apos;absensi skp import&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="243"/>
        <source>Tidak ada periode SKP yang dimulai {day}. Periode tahun {year}: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="248"/>
        <source>Tahun {year} memiliki {n} periode SKP ({list}); sebutkan salah satunya dengan tanggal awalnya (--period TTTT-BB-HH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="259"/>
        <source>Periode SKP itu belum tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evaluation.py" line="263"/>
        <source>Periode {period} belum berisi Rencana Hasil Kerja; tidak ada yang dievaluasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evidence.py" line="53"/>
        <source>&apos;{path}&apos; adalah folder; pilih sebuah berkas sebagai bukti dukung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evidence.py" line="57"/>
        <source>Berkas bukti dukung &apos;{path}&apos; tidak ditemukan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evidence.py" line="72"/>
        <source>Berkas bukti dukung terlalu besar (lebih dari 50 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/evidence.py" line="88"/>
        <source>Berkas bukti dukung tidak bisa dibaca atau disalin: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/export.py" line="87"/>
        <source>{month} belum dimulai; ringkasan hanya untuk bulan ini atau sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/export.py" line="106"/>
        <source>Alamat server cap waktu harus diawali http:// atau https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/export.py" line="110"/>
        <source>Alamat server cap waktu &apos;{url}&apos; tidak lengkap atau berisi spasi; tulis mis. http://timestamp.example.go.id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/export.py" line="163"/>
        <source>Data berubah selama ekspor (mungkin dari jendela atau perintah lain). Tidak ada yang disimpan; ulangi ekspor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/keys.py" line="95"/>
        <source>Belum ada kunci tanda tangan. Buat di Pengaturan › Kunci tanda tangan (atau &apos;absensi key create&apos;), impor sertifikat PKCS#12, atau ekspor tanpa tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/keys.py" line="102"/>
        <source>Sertifikat tanda tangan atas NIP {cert}, sedangkan profil ber-NIP {nip}. Ringkasannya tidak akan lolos pemeriksaan; buat kunci baru untuk profil ini atau impor sertifikat yang memuat NIP Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/keys.py" line="111"/>
        <source>Frasa sandi kunci tanda tangan dibutuhkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/export.py" line="214"/>
        <source>Format &apos;{f}&apos; tidak dikenal; pilih pdf, xlsx atau csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/config.py" line="152"/>
        <source>Profil &apos;{n}&apos; tidak ada (profil yang ada: {known}). Lihat &apos;absensi profiles list&apos;, atau tambahkan dengan &apos;absensi profiles add NAMA&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/config.py" line="242"/>
        <source>Daftar profil &apos;{p}&apos; tidak bisa dibaca ({why}). Tidak ada yang diubah; data setiap profil tetap di &apos;{d}&apos;. Perbaiki berkas itu, atau pindahkan berkasnya lalu daftarkan profil lagi dengan &apos;absensi profiles add NAMA --existing&apos;; satu folder profil juga bisa dibuka langsung dengan --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/config.py" line="279"/>
        <source>Belum ada profil terdaftar di {r}. Tambahkan dengan &apos;absensi profiles add NAMA&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/templates.py" line="40"/>
        <source>Nama templat wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/templates.py" line="43"/>
        <source>Nama templat terlalu panjang ({length} karakter; paling banyak {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/templates.py" line="48"/>
        <source>Uraian kegiatan templat wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/templates.py" line="58"/>
        <source>Durasi biasa {minutes} menit tidak masuk akal; isi 1 sampai {limit} menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="150"/>
        <source>Pilih salah satu: jam selesai tertentu atau sampai akhir jam kerja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="156"/>
        <source>Hari {day} tidak punya akhir jam kerja; sebutkan jam selesainya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="161"/>
        <source>Akhir jam kerja ({schedule_end}) tidak bisa dipakai: timer mulai {start} dan saat ini {now}; sebutkan jam selesainya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="171"/>
        <source>Jam selesai {end} harus setelah timer dimulai ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="176"/>
        <source>Jam selesai {end} belum terjadi (sekarang {now}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/domain/timer.py" line="186"/>
        <source>Timer baru berjalan kurang dari satu menit (sejak {start}); belum ada yang bisa dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="48"/>
        <source>&apos;{p}&apos; adalah folder, bukan berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="50"/>
        <source>&apos;{p}&apos; adalah pipa atau soket, bukan berkas biasa; tidak dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="52"/>
        <source>&apos;{p}&apos; adalah berkas perangkat, bukan berkas biasa; tidak dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="54"/>
        <source>&apos;{p}&apos; bukan berkas biasa; tidak dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="59"/>
        <source>{what} &apos;{p}&apos; terlalu besar (lebih dari {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="73"/>
        <location filename="../../src/absensi_app/services/files.py" line="75"/>
        <source>{what} &apos;{p}&apos; tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="77"/>
        <source>{what} &apos;{p}&apos; tidak boleh dibaca (izin ditolak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="79"/>
        <location filename="../../src/absensi_app/services/files.py" line="95"/>
        <location filename="../../src/absensi_app/services/files.py" line="113"/>
        <source>{what} &apos;{p}&apos; tidak bisa dibaca: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="155"/>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="163"/>
        <source>&apos;{p}&apos; adalah folder; sebutkan nama berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="159"/>
        <source>&apos;{p}&apos; bukan berkas biasa; tidak ditimpa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="193"/>
        <source>{what} &apos;{p}&apos; tidak bisa ditulis: disk penuh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="196"/>
        <source>{what} &apos;{p}&apos; tidak bisa ditulis: melebihi batas ukuran berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="200"/>
        <source>{what} &apos;{p}&apos; tidak bisa ditulis: folder itu tidak boleh ditulisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="203"/>
        <source>{what} &apos;{p}&apos; tidak bisa ditulis: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="232"/>
        <source>&apos;{p}&apos; ada di dalam folder data Absensi ({d}); berkas di sana (database, kunci, cadangan, bukti) tidak pernah ditimpa. Simpan di folder lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="255"/>
        <source>{what} &apos;{p}&apos; bukan teks UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="260"/>
        <source>{what} &apos;{p}&apos; bukan JSON yang sah (baris {line}, kolom {col}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/files.py" line="264"/>
        <source>{what} &apos;{p}&apos; bersarang terlalu dalam untuk dibaca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="59"/>
        <source>{month} sudah disetujui Pejabat Penilai Kinerja (revisi {revision}); bulan itu terkunci permanen dan tidak bisa diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="67"/>
        <source>{month} terkunci: ringkasan bertanda tangan revisi {revision} sudah diekspor pada {when}. Buka kunci bulan itu dulu bila memang perlu diubah; pembukaan kunci dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="81"/>
        <source>{month} sudah terkunci: ringkasan bertanda tangan revisi {revision} sudah diekspor pada {when}, dan berkas itulah yang sah. Untuk mengekspor lagi, buka kunci bulan itu dulu (dicatat di riwayat); ekspor berikutnya menjadi revisi {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="94"/>
        <source>{month} sudah disetujui Pejabat Penilai Kinerja; ringkasan yang sah adalah berkas bertanda tangan yang ia kembalikan, dan bulan itu tidak diekspor ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="169"/>
        <source>Keputusan &apos;{d}&apos; tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="174"/>
        <source>{month} belum pernah diekspor bertanda tangan dari data ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="179"/>
        <source>Keputusan ini untuk revisi {got}, padahal ringkasan terakhir {month} adalah revisi {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="184"/>
        <source>{month} sudah disetujui sebelumnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="187"/>
        <source>{month} sudah dibuka atau dikembalikan sejak ringkasan revisi {revision} diekspor; keputusan atas revisi itu tidak lagi berlaku. Ekspor ulang dan kirim revisi berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="194"/>
        <source>Keputusan ini bukan untuk berkas ringkasan {month} revisi {revision} yang Anda ekspor terakhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="212"/>
        <source>Tulis alasan membuka kunci (mis. &apos;koreksi jam kegiatan 12 November&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="217"/>
        <source>Alasan terlalu panjang (paling banyak {limit} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="224"/>
        <source>{month} sudah disetujui Pejabat Penilai Kinerja; bulan itu terkunci permanen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/locks.py" line="230"/>
        <source>{month} tidak terkunci; tidak ada yang perlu dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/logo.py" line="48"/>
        <source>Logo &apos;{p}&apos; terlalu besar (lebih dari {limit} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/logo.py" line="55"/>
        <source>Logo &apos;{p}&apos; berformat {kind}; pilih gambar PNG atau JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/logo.py" line="60"/>
        <source>Logo &apos;{p}&apos; berukuran {w} x {h} piksel; paling besar {limit} piksel per sisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/logo.py" line="69"/>
        <source>Berkas &apos;{p}&apos; bukan gambar PNG atau JPEG yang utuh; pilih berkas logo yang lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="64"/>
        <source>Nama profil tidak boleh kosong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="66"/>
        <source>Nama profil paling panjang {n} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="110"/>
        <source>Tidak ada folder profil &apos;{p}&apos; yang belum terdaftar untuk didaftarkan lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="156"/>
        <source>&apos;{n}&apos; adalah profil yang terakhir dipakai; tambahkan --force untuk tetap menghapusnya dari daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="163"/>
        <source>Data profil &apos;{n}&apos; ada langsung di folder induk semua profil ({p}); Absensi tidak menghapusnya. Hapus profil tanpa --delete-data, lalu hapus berkasnya sendiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="203"/>
        <source>Profil &apos;{n}&apos; dilindungi frasa sandi kunci tanda tangannya, tetapi kuncinya tidak ada di {k}. Pulihkan folder kunci itu (dari cadangan atau berkas pindah); profil tidak dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="208"/>
        <source>Profil &apos;{n}&apos; dilindungi; frasa sandinya dibutuhkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="213"/>
        <source>Frasa sandi salah; profil &apos;{n}&apos; tidak dibuka dan datanya tidak disentuh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="224"/>
        <source>Profil &apos;{n}&apos; belum punya kunci tanda tangan, jadi belum bisa dilindungi. Buat dulu: absensi --profile &quot;{n}&quot; key create (atau di aplikasi: Pengaturan › Kunci tanda tangan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/profiles.py" line="238"/>
        <source>Sudah ada profil bernama &apos;{n}&apos; (huruf besar dan kecil tidak dibedakan); pilih nama lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/recap.py" line="110"/>
        <source>&apos;{p}&apos; adalah berkas, bukan folder; pilih folder tempat ringkasan-ringkasan itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/recap.py" line="116"/>
        <source>Folder &apos;{p}&apos; tidak bisa dibaca: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/recap.py" line="118"/>
        <source>Folder itu berisi lebih dari {n} PDF; pilih folder yang lebih kecil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/reminders.py" line="74"/>
        <source>Jam pengingat ditulis JJ:MM, tanpa detik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/reminders.py" line="96"/>
        <source>Lama penundaan harus 1 sampai {limit} menit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp.py" line="104"/>
        <source>Periode itu bertumpang tindih dengan {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp.py" line="135"/>
        <location filename="../../src/absensi_app/services/skp.py" line="160"/>
        <source>Periode SKP nomor {id} tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp.py" line="149"/>
        <location filename="../../src/absensi_app/services/skp.py" line="209"/>
        <location filename="../../src/absensi_app/services/templates.py" line="51"/>
        <location filename="../../src/absensi_app/services/worklog.py" line="137"/>
        <source>RHK nomor {id} tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp.py" line="186"/>
        <location filename="../../src/absensi_app/services/skp.py" line="198"/>
        <source>RHK nomor {id} tidak ada (mungkin sudah dihapus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp.py" line="236"/>
        <source>Periode ini sudah memiliki RHK dengan nama yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/skp.py" line="409"/>
        <source>Periode {title} sudah berisi {count} RHK. Hapus dulu, atau impor dengan pilihan mengganti rencana yang ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/team_left.py" line="48"/>
        <source>NIP &apos;{nip}&apos; tidak sah: harus 18 angka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/team_period.py" line="20"/>
        <source>Bulan &apos;{v}&apos; tidak sah; tulis TTTT-BB, misalnya 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/team_period.py" line="46"/>
        <source>Awal periode ({a}) sesudah akhirnya ({b}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/team_period.py" line="53"/>
        <source>Periode paling panjang {n} bulan; pilih periode yang lebih pendek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/templates.py" line="104"/>
        <source>Templat &apos;{name}&apos; tidak ada; belum ada templat sama sekali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/templates.py" line="106"/>
        <source>Templat &apos;{name}&apos; tidak ada. Templat yang ada: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/templates.py" line="114"/>
        <source>Templat bernama &apos;{name}&apos; sudah ada (huruf besar/kecil tidak dibedakan); pilih nama lain atau hapus yang lama dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/timer.py" line="67"/>
        <source>Timer sudah berjalan sejak {day} {start} untuk &apos;{description}&apos;; hentikan atau batalkan dulu timer itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/timer.py" line="76"/>
        <source>Tidak ada timer yang berjalan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/timer.py" line="136"/>
        <source>Jam mulai {start} belum terjadi (sekarang {now}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/timer.py" line="161"/>
        <source>Jam mulai {start} jatuh di dalam kegiatan {ostart}-{oend} «{text}»; mulai timer pada atau setelah {oend}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="42"/>
        <source>Belum ada database di {p}; tidak ada yang bisa dipindahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="51"/>
        <source>Database {p} tidak bisa dibaca: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="54"/>
        <source>Database {p} rusak (integrity_check: {e}); tidak diekspor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="97"/>
        <source>Berkas kunci {p} tidak dalam bentuk terenkripsi Absensi; kunci privat tidak pernah diekspor tanpa enkripsi. Tidak ada yang ditulis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="135"/>
        <source>Berkas bukti {p} terlalu besar untuk dipindahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="145"/>
        <source>--out butuh nama berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="148"/>
        <source>--out butuh nama berkas; &apos;-&apos; (layar) tidak bisa dipakai, karena berkas pindah adalah arsip ZIP, bukan teks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="165"/>
        <source>Berkas &apos;{p}&apos; sudah ada. Tambahkan --force untuk menimpanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="175"/>
        <source>Belum ada profil pegawai di folder data ini; tidak ada yang bisa dipindahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/exporting.py" line="185"/>
        <source>Data terlalu besar untuk satu berkas pindah (lebih dari {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="69"/>
        <source>{p} bukan berkas database biasa; tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="73"/>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="168"/>
        <source>Database {p} sedang dipakai (aplikasi Absensi masih terbuka?); tutup dulu lalu ulangi. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="78"/>
        <source>Database {p} dibuat oleh versi Absensi yang lebih baru (revisi {r}); tidak diganti dan tidak ada yang diubah. Perbarui aplikasi dulu, atau pakai folder data lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="86"/>
        <source>Database yang sudah ada di {p} tidak bisa dibaca ({e}), jadi tidak jelas milik siapa; tidak ada yang diubah. Periksa izin berkas itu atau pakai folder data lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="92"/>
        <source>Database {p} hanya bisa dibaca (berkasnya atau folder datanya tidak boleh ditulisi); tidak ada yang diubah. Beri izin tulis dulu, atau pakai folder data lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="108"/>
        <source>Database yang sudah ada di {p} tidak bisa dibaca ({e}), jadi tidak jelas milik siapa; tidak ada yang diubah. Pindahkan berkas itu atau pakai folder data lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="157"/>
        <source>Salinan database tidak utuh setelah ditulis ke disk; tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="178"/>
        <source>Cadangan database lama tidak bisa dibuat ({e}); tidak ada yang diganti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="205"/>
        <source>&apos;{p}&apos; bukan folder; pilih folder data lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="209"/>
        <source>Folder data {d} berisi data pegawai lain (NIP {other}), berkas ini milik NIP {nip}; data dua orang tidak pernah dicampur. Pakai folder data lain (--data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="215"/>
        <source>Database {p} {k}{e}; tidak ada yang diubah. Dengan --replace berkas itu (beserta -wal/-shm-nya) disimpan apa adanya di {b} sebagai rusak-…, tidak dihapus, lalu data dari berkas pindah menggantikannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="223"/>
        <source>Folder data {d} sudah berisi data (NIP {nip}). Tambahkan --replace untuk menggantinya; data yang sekarang dicadangkan dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="249"/>
        <source>Data tidak bisa ditulis ke {d}: {e}. Tidak ada yang diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="318"/>
        <source>Data tidak bisa dipindahkan ke {d}: {e}. Data lama tetap di tempatnya.{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/transfer/installing.py" line="338"/>
        <source>Setelah impor, NIP profil tidak sama dengan berkas pindah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="62"/>
        <source>Berkas itu terlalu besar untuk sebuah sertifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="70"/>
        <source>Berkas itu bukan sertifikat X.509 (PEM atau DER). Minta pegawai mengekspor sertifikatnya dari Absensi (Kunci tanda tangan › Ekspor sertifikat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="116"/>
        <source>Sertifikat itu atas NIP Anda sendiri ({nip}), tetapi bukan sertifikat Anda: seseorang membuatnya atas nama Anda. Sertifikat itu tidak dipercayai. Bila Anda memang punya kunci lain (mis. di komputer lain), pakai kunci itu lewat Kunci tanda tangan, bukan lewat daftar tepercaya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="144"/>
        <source>Sertifikat itu tidak memuat NIP (serialNumber), jadi tidak bisa dicocokkan dengan pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="153"/>
        <source>{problem} Sertifikat itu tidak dipercayai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="156"/>
        <location filename="../../src/absensi_app/services/trust.py" line="174"/>
        <source>Nama terlalu panjang (paling banyak 200 karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="172"/>
        <source>Nama wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="178"/>
        <source>Sertifikat dengan sidik jari itu tidak ada di daftar tepercaya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/trust.py" line="194"/>
        <source>Tidak ada sertifikat tepercaya dengan sidik jari atau NIP &apos;{key}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="286"/>
        <source>Ringkasan ini tidak bisa disetujui atau dikembalikan. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="290"/>
        <source>PERINGATAN: ringkasan ini ditandatangani dengan sertifikat LAIN untuk NIP {nip}, yang sertifikatnya sudah Anda percayai. Bisa jadi dipalsukan: hubungi pegawai itu (mis. lewat telepon) sebelum berbuat apa pun. Ringkasan tidak disetujui dan tidak dikembalikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="324"/>
        <source>Tulis catatan apa yang perlu diperbaiki sebelum mengembalikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="327"/>
        <source>Penilaian kinerja diberikan saat menyetujui, bukan saat mengembalikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="330"/>
        <source>Catatan terlalu panjang (paling banyak {n} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="337"/>
        <source>Berkas ini dokumen evaluasi kinerja tahunan, bukan ringkasan bulanan; yang disetujui atau dikembalikan hanya ringkasan bulanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="341"/>
        <source>Ringkasan ini sudah diberi keputusan oleh pejabat penilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="344"/>
        <source>Tanda tangan pegawai belum Anda kenal (sidik jari {fp}). Cocokkan dan percayai sertifikatnya dulu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="349"/>
        <source>Ringkasan ini tidak bisa disetujui: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="366"/>
        <source>Ringkasan ini menyebut pejabat penilai NIP {named}; profil Anda ber-NIP {nip}. Hanya pejabat penilai yang tercantum yang bisa menyetujui atau mengembalikannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="376"/>
        <source>Sertifikat tanda tangan Anda atas NIP {cert}, bukan NIP profil {nip}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="411"/>
        <source>Tanda tangan persetujuan tidak lolos pemeriksaan: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="427"/>
        <source>Keputusan tidak diterapkan. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="431"/>
        <source>Berkas tidak bisa diterima: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="433"/>
        <source>Berkas ini belum memuat keputusan pejabat penilai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="436"/>
        <source>Ringkasan ini tidak ditandatangani dengan kunci Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="441"/>
        <source>Keputusan ditandatangani NIP {got}, bukan pejabat penilai Anda (NIP {want}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="447"/>
        <source>PERINGATAN: keputusan ditandatangani dengan sertifikat LAIN untuk NIP {nip}, yang sertifikatnya sudah Anda percayai. Bisa jadi dipalsukan; keputusan tidak diterapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/verification.py" line="456"/>
        <source>Sertifikat pejabat penilai {name} belum Anda percayai (sidik jari {fp}). Cocokkan sidik jari itu dengannya (mis. lewat telepon), lalu percayai sertifikatnya sebelum menerapkan keputusan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/stamp.py" line="139"/>
        <source>Ringkasan ini tidak punya kolom tanda tangan pejabat penilai (versi lama?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/batch_approval.py" line="54"/>
        <source>Tidak ada ringkasan yang dipilih untuk disetujui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/batch_approval.py" line="56"/>
        <source>Paling banyak {n} ringkasan sekaligus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/batch_approval.py" line="66"/>
        <source>&apos;{a}&apos; dan &apos;{b}&apos; akan sama-sama ditulis sebagai &apos;{t}&apos;; setujui keduanya terpisah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/batch_approval.py" line="125"/>
        <source>&apos;{p}&apos; sudah ada; tidak ditimpa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="34"/>
        <source>Tanggal {day} di luar rentang yang didukung (tahun 2000 sampai {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="74"/>
        <source>Nama hari libur wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="77"/>
        <source>Nama hari libur terlalu panjang (paling banyak {limit} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="103"/>
        <source>Tanggal {day} bukan hari libur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="141"/>
        <source>Akhir periode Ramadan tidak boleh sebelum awalnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="144"/>
        <source>Periode Ramadan paling lama 31 hari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="147"/>
        <source>Jam kerja seminggu selama Ramadan harus antara 1 dan 70 jam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/workcalendar.py" line="181"/>
        <source>Batas hari kerja di luar kantor harus 0 sampai 7 hari seminggu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/templates.py" line="43"/>
        <location filename="../../src/absensi_app/services/worklog.py" line="115"/>
        <source>Rencana Aksi nomor {id} tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="119"/>
        <source>Rencana Aksi nomor {id} untuk {span}, bukan untuk tanggal {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/templates.py" line="46"/>
        <location filename="../../src/absensi_app/services/worklog.py" line="127"/>
        <source>Rencana Aksi nomor {id} bukan bagian dari RHK nomor {rhk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="141"/>
        <source>RHK nomor {id} milik periode SKP {first} s.d. {last}; tanggal {day} di luar periode itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="205"/>
        <source>Kegiatan nomor {id} tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="339"/>
        <location filename="../../src/absensi_app/services/worklog.py" line="359"/>
        <source>Kegiatan nomor {id} tidak ada (mungkin sudah dihapus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="371"/>
        <source>Kegiatan nomor {id} sudah ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="389"/>
        <source>Belum ada hari sebelumnya yang berisi kegiatan untuk disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="405"/>
        <source>Keterangan terlalu panjang (paling banyak {limit} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/services/worklog.py" line="410"/>
        <source>Pilih jenis cuti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="41"/>
        <source>Frasa sandi salah. Kunci tanda tangan tidak bisa dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="70"/>
        <source>Frasa sandi paling sedikit {n} karakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="73"/>
        <source>Frasa sandi terlalu panjang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="75"/>
        <source>Frasa sandi tidak boleh hanya spasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="138"/>
        <source>{problem} Sertifikat itu tidak bisa {purpose}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="154"/>
        <source>{problem} Tidak ditandatangani; buat kunci baru (Pengaturan › Kunci tanda tangan, atau &apos;absensi key create --replace&apos;) atau impor sertifikat yang masih berlaku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="186"/>
        <source>Sertifikat tanda tangan di {path} rusak atau tidak terbaca ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="195"/>
        <source>Belum ada kunci tanda tangan. Buat dulu di profil (&apos;absensi key create&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="264"/>
        <source>Berkas kunci tanda tangan rusak atau formatnya tidak dikenal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="278"/>
        <source>Belum ada kunci tanda tangan. Buat dulu (&apos;absensi key create&apos;) atau impor sertifikat PKCS#12 (&apos;absensi key import&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="301"/>
        <source>Kunci tanda tangan sudah ada. Pakai pilihan ganti untuk membuat yang baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="407"/>
        <source>Kunci tanda tangan sudah ada. Pakai pilihan ganti untuk menggantinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="414"/>
        <source>Berkas PKCS#12 tidak bisa dibuka: kata sandinya salah atau berkasnya bukan PKCS#12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="417"/>
        <source>Berkas PKCS#12 itu tidak berisi kunci privat dan sertifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="421"/>
        <source>Kurva kunci {c} tidak didukung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="424"/>
        <source>Kunci RSA {n} bit terlalu lemah (paling sedikit 2048).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/keys.py" line="427"/>
        <source>Jenis kunci {t} tidak didukung; pakai RSA atau ECDSA (Ed25519 ditolak banyak validator PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/pades.py" line="249"/>
        <source>Penandatanganan gagal; server cap waktu {url} tidak bisa dihubungi atau menolak permintaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/signing/pades.py" line="254"/>
        <source>Penandatanganan gagal ({error}). Rinciannya tercatat di folder log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="184"/>
        <source>Folder cadangan &apos;{p}&apos; tidak bisa dibuat: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="195"/>
        <source>Cadangan tidak bisa dibuat di &apos;{p}&apos;: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="202"/>
        <source>Cadangan yang baru dibuat tidak lolos pemeriksaan ({k}); berkas itu dihapus. Database mungkin rusak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="261"/>
        <source>&apos;{p}&apos; tidak bisa dipulihkan: berkas itu bukan cadangan yang utuh ({k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="269"/>
        <source>Database saat ini {k}; pemulihan dibatalkan agar isinya tidak hilang. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="275"/>
        <source>Cadangan itu milik NIP {other}, bukan NIP {own} dari database ini; tidak dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="295"/>
        <source>Pemulihan gagal: {e}. Database tidak diganti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="368"/>
        <source>Aplikasi Absensi sedang terbuka untuk folder data ini (proses {pid}). Tutup dulu, lalu ulangi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/backup.py" line="380"/>
        <source>Database sedang dibuka program lain (mungkin aplikasi Absensi masih berjalan). Tutup dulu, lalu ulangi pemulihan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/database.py" line="83"/>
        <source>Data sedang dipakai program lain (misalnya aplikasi Absensi yang sedang menyimpan). Tidak ada yang diubah; coba lagi sebentar lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/database.py" line="87"/>
        <source>Disk penuh: perubahan tidak disimpan. Kosongkan ruang disk lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/database.py" line="90"/>
        <source>Database hanya bisa dibaca (folder data atau berkasnya tidak boleh ditulisi): perubahan tidak disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/database.py" line="95"/>
        <source>Database rusak: perubahan tidak disimpan. Tutup aplikasi, lalu pulihkan cadangan terakhir (&apos;absensi backup restore&apos; atau menu Berkas › Pulihkan cadangan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/store/database.py" line="99"/>
        <source>Database tidak bisa dibaca atau ditulis (kesalahan disk): perubahan tidak disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="330"/>
        <source>Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationExport</name>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="41"/>
        <source>Dokumen evaluasi kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="43"/>
        <source>Tahun periode SKP yang dievaluasi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="49"/>
        <source>Tulis tahun dengan angka, mis. 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="55"/>
        <source>Tahun {year} memiliki beberapa periode SKP. Pilih satu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="68"/>
        <source>Tandatangani dokumen evaluasi {period}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="69"/>
        <source>PDF bertanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="69"/>
        <source>PDF tanpa tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="74"/>
        <source>Frasa sandi kunci tanda tangan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="79"/>
        <source>Simpan dokumen evaluasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="79"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="90"/>
        <source>ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="90"/>
        <source>TANPA tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evaluation_export.py" line="91"/>
        <source>Dokumen evaluasi kinerja {period} ({what}) ditulis ke {path} ({pages} halaman).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../../src/absensi_app/views/evidence_box.py" line="25"/>
        <source>&amp;Lampirkan bukti dukung di dalam PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evidence_box.py" line="27"/>
        <source>Berkas bukti dukung ikut ditandatangani di dalam PDF; yang tidak dilampirkan tetap tercantum dengan hash-nya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evidence_box.py" line="29"/>
        <source>Lewati berkas di atas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evidence_box.py" line="66"/>
        <source>Bukti dukung: {n} berkas, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evidence_box.py" line="74"/>
        <source>Dilampirkan {n} berkas ({size}); {left} tidak dilampirkan (tercantum dengan hash-nya).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/evidence_box.py" line="79"/>
        <source>{n} berkas tidak ada lagi di folder data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="96"/>
        <source>Ekspor ringkasan bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="114"/>
        <source>Bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="118"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="124"/>
        <source>PDF &amp;bertanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="124"/>
        <source>ditandatangani dengan kunci Anda; bulan itu lalu dikunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="127"/>
        <source>PDF &amp;tanpa tanda tangan (untuk aplikasi resmi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="128"/>
        <source>untuk ditandatangani di aplikasi TTE kantor; bulan tidak dikunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="130"/>
        <source>&amp;XLSX Progres Harian e-Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="130"/>
        <source>satu baris per kegiatan, siap diimpor ke e-Kinerja BKN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="131"/>
        <source>&amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="131"/>
        <source>kolom yang sama, ditambah Lokasi dan Menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="144"/>
        <source>Tabel kegiatan &amp;ringkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="146"/>
        <source>Kegiatan sehari dikelompokkan di bawah satu baris tanggal: bulan yang padat muat di lebih sedikit halaman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="148"/>
        <source>untuk PDF: kegiatan sehari di bawah satu baris tanggal, lebih sedikit halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="160"/>
        <source>Tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="163"/>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="275"/>
        <source>Buat kunci tanda tangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="171"/>
        <source>frasa sandi kunci tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="178"/>
        <source>&amp;Frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="196"/>
        <source>Buka folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="207"/>
        <source>&amp;Ekspor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="209"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="264"/>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="294"/>
        <source>Kunci tanda tangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="270"/>
        <source>Belum ada kunci tanda tangan. Buat kunci sekarang (dilindungi frasa sandi Anda), atau pilih PDF tanpa tanda tangan untuk ditandatangani di aplikasi resmi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="279"/>
        <source>Sertifikat: {name} (NIP {nip}), {key_type}, berlaku s.d. {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="289"/>
        <source>NIP sertifikat berbeda dengan NIP profil ({nip}): buat kunci baru untuk profil ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="317"/>
        <source>Belum pernah diekspor bertanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="321"/>
        <source>Terkunci: ringkasan revisi {revision} diekspor {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="328"/>
        <source>Kunci dibuka sesudah revisi {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="334"/>
        <source>{month} sudah terkunci. Ekspor bertanda tangan sekarang menghasilkan lagi revisi {revision} dengan data yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="341"/>
        <source>Menandatangani mengunci {month}: kegiatan dan status hari bulan itu tidak bisa diubah sampai kuncinya dibuka (Berkas › Buka kunci bulan; alasannya dicatat di riwayat). Ringkasan ini menjadi revisi {revision}; ekspor bertanda tangan sesudah kunci dibuka menjadi revisi {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="407"/>
        <source>Belum ada kunci tanda tangan. Buat kunci dulu, atau pilih PDF tanpa tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="411"/>
        <source>Isi frasa sandi kunci tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="422"/>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="423"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="424"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="425"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="427"/>
        <source>Simpan ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="453"/>
        <source>Frasa sandi salah. Tidak ada berkas yang ditulis dan bulan tidak dikunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="475"/>
        <source>Ringkasan {month} revisi {revision} ditandatangani dan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="478"/>
        <source>{month} sekarang terkunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="480"/>
        <source>Ringkasan {month} &lt;b&gt;tanpa tanda tangan&lt;/b&gt; disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="481"/>
        <source>Tandatangani PDF ini di aplikasi resmi. Bulan tidak dikunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="483"/>
        <source>{rows} kegiatan {month} ditulis ({format}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="490"/>
        <source>{pages} halaman • SHA-256 {sha}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="494"/>
        <source>Bukti dukung: {n} berkas dilampirkan, {left} tidak dilampirkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="503"/>
        <source>Perhatian: {n} dari {rows} kegiatan belum punya Rencana Aksi. e-Kinerja melewati baris seperti itu tanpa pemberitahuan; pilih Rencana Aksinya pada kegiatan tersebut lalu ekspor lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="34"/>
        <source>Januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="35"/>
        <source>Februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="36"/>
        <source>Maret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="37"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="38"/>
        <location filename="../../src/absensi_app/views/formatting.py" line="52"/>
        <source>Mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="39"/>
        <source>Juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="40"/>
        <source>Juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="41"/>
        <source>Agustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="42"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="43"/>
        <source>Oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="44"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="45"/>
        <source>Desember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="48"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="49"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="50"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="51"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="53"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="54"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="55"/>
        <source>Agu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="56"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="57"/>
        <source>Okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="58"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="59"/>
        <source>Des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="62"/>
        <source>Senin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="63"/>
        <source>Selasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="64"/>
        <source>Rabu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="65"/>
        <source>Kamis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="66"/>
        <source>Jumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="67"/>
        <source>Sabtu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="68"/>
        <source>Minggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="71"/>
        <source>Sen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="72"/>
        <source>Sel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="73"/>
        <source>Rab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="74"/>
        <source>Kam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="75"/>
        <source>Jum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="76"/>
        <source>Sab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="77"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="109"/>
        <source>Triwulan {roman}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="122"/>
        <source>{weekday}, {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="179"/>
        <source>{h} j {m} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="181"/>
        <source>{h} j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="183"/>
        <source>{m} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/formatting.py" line="194"/>
        <source>{hours} jam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="38"/>
        <source>jam mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="39"/>
        <source>jam selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="40"/>
        <source>durasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="41"/>
        <source>lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="42"/>
        <source>uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="43"/>
        <source>jumlah output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="44"/>
        <source>satuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="45"/>
        <source>RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="46"/>
        <source>Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="47"/>
        <source>berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="48"/>
        <source>tautan bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="61"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="62"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="63"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="64"/>
        <source>Perihal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="65"/>
        <source>Rincian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="71"/>
        <source>Riwayat perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="76"/>
        <source>Setiap perubahan kegiatan, status hari, ekspor bertanda tangan dan pembukaan kunci dicatat di sini dan tidak bisa dihapus. Setiap catatan memuat sidik (hash) catatan sebelumnya, sehingga catatan yang diubah, dihapus atau disisipkan di luar aplikasi akan terlihat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="88"/>
        <source>&amp;Bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="105"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="117"/>
        <source>Semua bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="135"/>
        <source>✓ Rantai riwayat utuh: {count} catatan diperiksa, tidak ada yang diubah, dihapus atau disisipkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="142"/>
        <source>ada catatan yang hilang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="143"/>
        <source>urutan catatan tidak cocok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="144"/>
        <source>isi catatan berubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="148"/>
        <source>✗ Rantai riwayat RUSAK pada catatan {seq} ({problem}). Basis data diubah di luar aplikasi; ringkasan bertanda tangan yang sudah diekspor tetap menjadi acuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="179"/>
        <source>{n} catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="190"/>
        <source>Tambah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="191"/>
        <source>Ubah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="192"/>
        <source>Hapus kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="193"/>
        <source>Pulihkan kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="194"/>
        <source>Status hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="195"/>
        <source>Lepas RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="196"/>
        <source>Ekspor bertanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="197"/>
        <source>Buka kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="208"/>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="215"/>
        <source>Ringkasan {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="209"/>
        <source>revisi {revision}, SHA-256 PDF {sha}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="216"/>
        <source>sesudah revisi {revision}; alasan: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="223"/>
        <source>Hari {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="227"/>
        <source>Kegiatan {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="232"/>
        <source>tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="233"/>
        <source>{description} (diubah: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="234"/>
        <source>tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="237"/>
        <source>{description} (tautan RHK/Rencana Aksi dilepas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/history_dialog.py" line="251"/>
        <source>(kosong)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayTable</name>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="96"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="96"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="96"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="124"/>
        <source>(perkiraan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="164"/>
        <source>Anda menjadikan tanggal ini hari kerja biasa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="166"/>
        <source>Hari libur Anda; di kalender nasional: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="168"/>
        <source>Hari libur yang Anda tambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="170"/>
        <source>Tanggal perkiraan: pastikan dengan SKB 3 Menteri tentang hari libur nasional dan cuti bersama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/holiday_table.py" line="171"/>
        <source>Kalender nasional (hari libur dan cuti bersama).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyActionBox</name>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="57"/>
        <source>paling sedikit {n} karakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="67"/>
        <source>&amp;Frasa sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="68"/>
        <location filename="../../src/absensi_app/views/key_forms.py" line="104"/>
        <source>&amp;Ulangi frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="77"/>
        <source>Frasa sandi yang terlupa tidak bisa dipulihkan; bila lupa, buat kunci baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="80"/>
        <source>Frasa sandi &amp;lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="81"/>
        <source>Frasa sandi &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="82"/>
        <source>&amp;Ulangi frasa sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="86"/>
        <source>berkas .p12 atau .pfx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="87"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="92"/>
        <source>kata sandi berkas PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="101"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="102"/>
        <source>&amp;Kata sandi berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="103"/>
        <source>&amp;Frasa sandi di Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="113"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="132"/>
        <source>Kunci baru (ECDSA P-256) atas nama {name}, NIP {nip}. Frasa sandi melindungi kunci ini dan tidak bisa dipulihkan bila lupa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="136"/>
        <source>Buat kunci baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="136"/>
        <source>Buat kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="139"/>
        <source>Ganti frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="145"/>
        <source>Kunci dari berkas disimpan di Absensi dengan frasa sandi baru Anda (boleh berbeda dari kata sandi berkasnya). Kunci RSA (minimal 2048 bit) atau ECDSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="149"/>
        <source>Impor sertifikat PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="149"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="177"/>
        <source>Pilih berkas PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="177"/>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="203"/>
        <source>Kunci tidak bisa disimpan: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="214"/>
        <source>Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="230"/>
        <source>Kunci tanda tangan dibuat. Pemilik sertifikat: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="235"/>
        <source>Isi frasa sandi lama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="244"/>
        <source>Frasa sandi lama salah. Frasa sandi tidak diganti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="252"/>
        <source>Frasa sandi diganti. Pakai frasa sandi baru untuk ekspor berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="257"/>
        <source>Pilih berkas PKCS#12 (.p12 atau .pfx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_forms.py" line="275"/>
        <source>Sertifikat {name} (penerbit {issuer}) sekarang dipakai untuk tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="63"/>
        <source>Kunci tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="66"/>
        <source>Kunci ini menandatangani ringkasan bulanan Anda. Kunci dibuat dan disimpan di komputer ini, terenkripsi dengan frasa sandi Anda, sehingga tanda tangannya termasuk &lt;i&gt;tanda tangan elektronik tidak tersertifikasi&lt;/i&gt; (PP 71/2019). Bila Anda memegang sertifikat dari Penyelenggara Sertifikasi Elektronik dalam berkas PKCS#12 (.p12/.pfx), impor di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="76"/>
        <source>Sertifikat tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="79"/>
        <source>Belum ada kunci tanda tangan. Buat kunci baru, atau impor sertifikat PKCS#12. Tanpa kunci, ringkasan hanya bisa diekspor tanpa tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="97"/>
        <source>Salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="98"/>
        <source>Salin sidik jari ke papan klip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="108"/>
        <source>Pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="109"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="110"/>
        <source>Jenis kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="111"/>
        <source>Berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="112"/>
        <source>Penerbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="113"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="114"/>
        <source>Sidik jari SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="118"/>
        <source>Buat kunci baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="119"/>
        <source>Ganti frasa sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="120"/>
        <source>Impor PKCS#12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="121"/>
        <source>Ekspor sertifikat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="123"/>
        <source>Simpan sertifikat (tanpa kunci privat) ke berkas .cer untuk Pejabat Penilai Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="153"/>
        <source>Server cap waktu (RFC 3161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="155"/>
        <source>https://… (kosongkan bila tidak dipakai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="157"/>
        <source>Simpan alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="175"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="221"/>
        <source>{first} s.d. {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="227"/>
        <source>Dibuat Absensi (CA pribadi di komputer ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="229"/>
        <source>Diimpor dari berkas PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="237"/>
        <source>NIP di sertifikat ({cert}) berbeda dengan NIP profil ({nip}): ekspor bertanda tangan akan ditolak. Buat kunci baru untuk profil ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="246"/>
        <source>Sertifikat ini sudah kedaluwarsa; buat kunci baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="258"/>
        <source>Tanda tangan diberi cap waktu dari server ini (PAdES B-T). Ekspor bertanda tangan membutuhkan koneksi internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="265"/>
        <source>Tanpa cap waktu: waktu tanda tangan diambil dari jam komputer ini (PAdES B-B). Ekspor bisa dilakukan tanpa internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="280"/>
        <source>Sidik jari disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="295"/>
        <source>Kunci dan sertifikat yang sekarang akan diganti. Ringkasan yang sudah ditandatangani tetap sah, tetapi atasan perlu sertifikat baru untuk memeriksa tanda tangan berikutnya. Lanjutkan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="304"/>
        <source>Isi profil pegawai dulu: nama dan NIP masuk ke sertifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="306"/>
        <source>Buat kunci baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="318"/>
        <source>Impor PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="339"/>
        <source>Belum ada kunci tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="344"/>
        <source>Ekspor sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="346"/>
        <source>Sertifikat (*.cer *.crt *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="358"/>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="366"/>
        <source>Berkas &apos;{path}&apos; tidak bisa ditulis: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="372"/>
        <source>Sertifikat disimpan ke {path}. Kirimkan ke Pejabat Penilai Kinerja bersama sidik jarinya, agar tanda tangan Anda bisa diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="386"/>
        <source>Alamat server cap waktu disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="386"/>
        <source>Cap waktu tidak dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="18"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="19"/>
        <source>Kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="20"/>
        <source>Rumah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="21"/>
        <source>Lokasi lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="22"/>
        <location filename="../../src/absensi_app/views/labels.py" line="26"/>
        <source>Dinas Luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="25"/>
        <source>Hadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="27"/>
        <source>Cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="28"/>
        <source>Sakit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="29"/>
        <source>Izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="30"/>
        <source>Tugas Belajar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="31"/>
        <source>Libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="32"/>
        <source>Tanpa Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="35"/>
        <source>Cuti Tahunan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="36"/>
        <source>Cuti Besar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="37"/>
        <source>Cuti Sakit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="38"/>
        <source>Cuti Melahirkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="39"/>
        <source>Cuti Karena Alasan Penting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="40"/>
        <source>Cuti Bersama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/labels.py" line="41"/>
        <source>Cuti di Luar Tanggungan Negara</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationChart</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="125"/>
        <source>Lokasi kerja bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="135"/>
        <source>Belum ada kegiatan tercatat pada bulan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="142"/>
        <source>Jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="142"/>
        <source>Hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="157"/>
        <source>Hari: banyaknya hari dengan kegiatan di lokasi itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="176"/>
        <source>{place}: {hours}, {days} hari</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="54"/>
        <source>&amp;Urungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="56"/>
        <source>Ula&amp;ngi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="60"/>
        <source>&amp;Harian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="61"/>
        <source>&amp;Kemajuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="67"/>
        <source>Kegiatan satu hari (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="68"/>
        <source>Kemajuan bulan ini: jam, lokasi, hari kosong, capaian SKP (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="70"/>
        <source>Kegiatan &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="71"/>
        <source>&amp;Simpan kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="72"/>
        <source>U&amp;bah kegiatan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="73"/>
        <source>&amp;Hapus kegiatan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="77"/>
        <source>Salin dari hari &amp;sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="78"/>
        <source>Hari se&amp;belumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="79"/>
        <source>Hari beri&amp;kutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="80"/>
        <source>Hari &amp;ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="81"/>
        <source>&amp;Pilih tanggal di kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="82"/>
        <source>&amp;Profil dan jadwal kerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="83"/>
        <source>&amp;Rencana SKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="84"/>
        <source>&amp;Kalender kerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="85"/>
        <source>Kunci &amp;tanda tangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="86"/>
        <source>&amp;Ekspor ringkasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="87"/>
        <source>Ekspor ringkasan bulanan: PDF bertanda tangan, PDF tanpa tanda tangan, XLSX e-Kinerja atau CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="88"/>
        <source>Dokumen e&amp;valuasi kinerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="89"/>
        <source>Dokumen Evaluasi Kinerja Pegawai setahun: RHK, target, realisasi per triwulan, keputusan pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="90"/>
        <source>B&amp;uka kunci bulan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="91"/>
        <source>&amp;Riwayat perubahan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="92"/>
        <source>&amp;Buka ringkasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="93"/>
        <source>Rekap &amp;tim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="94"/>
        <source>Sertifikat &amp;tepercaya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="95"/>
        <source>Buka &amp;folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="96"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="97"/>
        <source>&amp;Pulihkan cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="98"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="99"/>
        <source>&amp;Pintasan keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="100"/>
        <source>&amp;Tentang Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="115"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="129"/>
        <source>&amp;Sunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="132"/>
        <source>&amp;Lihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="135"/>
        <source>Pe&amp;ngaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="141"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="147"/>
        <source>Navigasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="151"/>
        <source>◀ Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="152"/>
        <source>Berikutnya ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="153"/>
        <source>Hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="160"/>
        <source>+ Kegiatan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="180"/>
        <source>Bulan sebelumnya / berikutnya (di Kemajuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="183"/>
        <source>Pindah ke kolom berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_actions.py" line="184"/>
        <source>Batalkan pengisian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="63"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="95"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="330"/>
        <source>Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="77"/>
        <source>Memuat data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="97"/>
        <source>Absensi — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="227"/>
        <source>Pilih dulu kegiatan di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="236"/>
        <source>Pilih dulu kegiatan yang akan dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="243"/>
        <source>hapus kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="245"/>
        <source>Kegiatan dihapus. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="260"/>
        <source>ubah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="261"/>
        <source>Perubahan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="264"/>
        <source>tambah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="265"/>
        <source>Kegiatan disimpan. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="282"/>
        <source>Tidak bisa menyalin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="284"/>
        <source>salin dari hari sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="287"/>
        <source>{n} kegiatan disalin dari {day}. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="314"/>
        <source>ubah status hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="318"/>
        <source>Pilih berkas bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="318"/>
        <source>Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="352"/>
        <source>Data terbaru belum bisa dimuat. Rinciannya tercatat di log aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="39"/>
        <source>Profil dan jadwal kerja disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="79"/>
        <source>Ringkasan {month} revisi {revision} ditandatangani; bulan itu sekarang terkunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="91"/>
        <source>Dokumen evaluasi kinerja ditulis ke {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="102"/>
        <source>Buka kunci bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="109"/>
        <source>{month} tidak terkunci; tidak ada yang perlu dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="114"/>
        <source>Buka kunci {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="115"/>
        <source>Ringkasan bertanda tangan revisi {revision} untuk {month} sudah diekspor pada {when}. Sesudah kuncinya dibuka, kegiatan bisa diubah lagi dan ekspor bertanda tangan berikutnya menjadi revisi {next}. Pembukaan kunci dan alasannya dicatat di riwayat perubahan.

Alasan membuka kunci:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="133"/>
        <source>Kunci {month} dibuka. Ekspor bertanda tangan berikutnya menjadi revisi {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="223"/>
        <source>Pintasan keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="228"/>
        <source>Tentang Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/openers.py" line="229"/>
        <source>&lt;b&gt;Absensi {version}&lt;/b&gt;&lt;br&gt;Catatan kehadiran dan kegiatan harian ASN.&lt;br&gt;Semua data tersimpan di komputer ini:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="57"/>
        <source>Belum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="57"/>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="100"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="57"/>
        <source>Masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="60"/>
        <source>Bulan yang sudah lewat tanpa ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="60"/>
        <source>Ringkasan yang menunggu keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="61"/>
        <source>Bulan yang bermasalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="83"/>
        <source>Nama / NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="99"/>
        <source>Belum diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="101"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="102"/>
        <source>Disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="103"/>
        <source>MASALAH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="108"/>
        <source>diubah/tidak sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="109"/>
        <source>tanpa tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="110"/>
        <source>tidak terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="111"/>
        <source>belum dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="112"/>
        <source>mungkin palsu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="113"/>
        <source>PALSU atas nama Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="118"/>
        <source>berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="119"/>
        <source>diganti revisi atau keputusan yang lebih baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="120"/>
        <source>salinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="121"/>
        <source>bermasalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="122"/>
        <source>di luar periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="123"/>
        <source>tidak terpetakan (pegawai atau bulan tak terbaca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="136"/>
        <source>revisi {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="144"/>
        <source>Belum ada ringkasan bulan ini di folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="145"/>
        <source>Belum waktunya, atau pegawai sudah keluar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="166"/>
        <source>(sudah keluar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="173"/>
        <source>NIP {nip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="175"/>
        <source>Sertifikatnya belum Anda percayai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/matrix_table.py" line="177"/>
        <source>Ditandai sudah keluar dari tim: bulan kosong tidak dihitung.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="52"/>
        <source>Kalender bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="115"/>
        <source>kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="117"/>
        <source>libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="120"/>
        <source>cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="123"/>
        <source>DL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="132"/>
        <source>Libur: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="139"/>
        <source>Tercatat {logged} dari target {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="144"/>
        <source>Tercatat {logged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="146"/>
        <source>Hari kerja tanpa kegiatan dan tanpa keterangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="149"/>
        <source>Hari kerja mendatang, target {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="154"/>
        <source>Bukan hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/month_grid.py" line="155"/>
        <source>Klik untuk membuka tanggal ini di tampilan Harian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NipField</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="51"/>
        <source>18 digit, mis. 19860926 201505 1 001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="87"/>
        <source>NIP PNS atau NI PPPK, 18 digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="102"/>
        <source>laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="102"/>
        <source>perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="105"/>
        <source>PNS • lahir {born} • TMT CPNS {tmt} • {sex} • nomor urut {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="109"/>
        <source>PPPK • lahir {born} • diangkat {year} • kode {code} • {sex} • nomor urut {seq}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="42"/>
        <source>Kop surat laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="46"/>
        <source>mis. Pemerintah Kabupaten Sleman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="49"/>
        <source>mis. Jl. Parasamya No. 1, Beran, Tridadi, Sleman 55511</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="52"/>
        <source>mis. Sleman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="53"/>
        <source>Dicetak di atas tanda tangan: “Sleman, 30 November 2026”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="58"/>
        <source>Pilih &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="59"/>
        <source>Gambar PNG atau JPEG, paling besar 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="60"/>
        <source>Hapus logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="72"/>
        <source>Instansi dan unit kerja di kop surat diambil dari identitas pegawai. Semua isian ini boleh kosong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="77"/>
        <source>&amp;Pemerintah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="78"/>
        <source>Ala&amp;mat kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="79"/>
        <source>&amp;Tempat (kota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="80"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="99"/>
        <source>Logo tercetak di kiri kop surat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="102"/>
        <source>tanpa
logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="103"/>
        <source>Tanpa logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="109"/>
        <source>Pilih logo kop surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/office_form.py" line="109"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="287"/>
        <source>Frasa sandi tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="290"/>
        <source>Absensi membuat kunci tanda tangan untuk ringkasan bulanan Anda. Frasa sandi melindungi kunci itu: paling sedikit {n} karakter, tidak disimpan di mana pun, dan tidak bisa dipulihkan bila lupa (hanya bisa diganti dengan kunci baru).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="301"/>
        <source>mis. sebuah kalimat pendek yang mudah Anda ingat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="302"/>
        <source>Buat &amp;nanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="304"/>
        <source>Sampai kunci dibuat (Pengaturan › Kunci tanda tangan), ringkasan hanya bisa diekspor tanpa tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="308"/>
        <source>&amp;Frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="309"/>
        <source>&amp;Ulangi frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/period_bar.py" line="57"/>
        <source>Tahun ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/period_bar.py" line="58"/>
        <source>Januari sampai bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/period_bar.py" line="61"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/period_bar.py" line="63"/>
        <source>sampai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="120"/>
        <source>Nama lengkap dengan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="122"/>
        <source>PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="123"/>
        <source>PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="129"/>
        <source>mis. Analis Kebijakan Ahli Muda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="131"/>
        <source>mis. Bagian Perencanaan dan Keuangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="133"/>
        <source>mis. Dinas Komunikasi dan Informatika Kabupaten ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="140"/>
        <source>Identitas pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="142"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="143"/>
        <source>&amp;Jenis ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="144"/>
        <source>NI&amp;P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="145"/>
        <source>Pang&amp;kat/Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="146"/>
        <source>&amp;Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="147"/>
        <source>&amp;Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="148"/>
        <source>&amp;Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="149"/>
        <source>Pejabat Penilai Kinerja (atasan langsung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="151"/>
        <source>Nam&amp;a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="152"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/absensi_app/views/prompts.py" line="91"/>
        <source>Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/prompts.py" line="92"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecapModel</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="37"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="37"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="37"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="37"/>
        <source>Bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="37"/>
        <source>Revisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="38"/>
        <source>Jam tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="38"/>
        <source>Jam target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="38"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="38"/>
        <source>Kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="39"/>
        <source>Rumah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="39"/>
        <source>Lokasi lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="39"/>
        <source>Dinas Luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="39"/>
        <source>Hari kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="40"/>
        <source>Capaian RHK (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="40"/>
        <source>Persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="40"/>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="40"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="41"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="41"/>
        <source>Dalam tabel tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="53"/>
        <source>berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="54"/>
        <source>diganti revisi atau keputusan yang lebih baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="55"/>
        <source>salinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="56"/>
        <source>bermasalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="57"/>
        <source>di luar periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="58"/>
        <source>tidak terpetakan (pegawai atau bulan tak terbaca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="74"/>
        <source>Sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="75"/>
        <source>TIDAK SAH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="76"/>
        <source>Tanpa tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="77"/>
        <source>Tidak terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="78"/>
        <source>Penanda tangan belum dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="79"/>
        <source>SERTIFIKAT BERBEDA (mungkin palsu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="80"/>
        <source>PALSU (atas nama Anda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="85"/>
        <source>Disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="87"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_table.py" line="89"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecapWindow</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="73"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="197"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="262"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="281"/>
        <source>Rekap tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="121"/>
        <source>Tampilkan yang sudah keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="126"/>
        <source>Hijau: disetujui (dengan predikat bila dinilai). Biru: menunggu keputusan. Oranye: dikembalikan. Merah: bermasalah (diubah, palsu, atau penanda tangan belum dikenal). Kuning: bulan yang sudah lewat tanpa ringkasan. Pilih beberapa sel biru lalu Setujui yang dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="140"/>
        <source>Tabel tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="141"/>
        <source>Semua berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="155"/>
        <source>Rekap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="158"/>
        <source>Pilih folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="161"/>
        <source>Periksa ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="164"/>
        <source>Setujui yang dipilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="166"/>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="342"/>
        <source>Tandai sudah keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="168"/>
        <source>Ekspor XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="170"/>
        <source>Sertifikat tepercaya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="304"/>
        <source>{people} pegawai, {n} berkas: {ok} disetujui, {waiting} menunggu keputusan, {returned} dikembalikan, {problems} bulan bermasalah; {missing} bulan belum diterima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="341"/>
        <source>Batalkan tanda keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="352"/>
        <source>Belum ada ringkasan di sel ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="77"/>
        <source>Pilih folder berisi ringkasan PDF dari staf Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="91"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="104"/>
        <source>Ada perubahan sejak folder ini diperiksa (sertifikat tepercaya atau berkas baru): pilih Periksa ulang untuk memperbarui rekap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="183"/>
        <source>Pilih folder ringkasan staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="205"/>
        <source>Folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="208"/>
        <source>%v / %m berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="208"/>
        <source>tidak ada PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="212"/>
        <source>Memeriksa {n} berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="228"/>
        <source>Menghentikan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="250"/>
        <source>Dihentikan. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/recap_window.py" line="259"/>
        <source>Folder tidak bisa diperiksa sampai selesai: {e}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkFeedbackBox</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="31"/>
        <source>Umpan balik per RHK (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="42"/>
        <source>RHK no. {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="45"/>
        <source>Umpan balik untuk RHK ini (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="48"/>
        <source>Umpan balik RHK no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="50"/>
        <source>— tidak dinilai —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="51"/>
        <source>Di Atas Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="52"/>
        <source>Sesuai Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="53"/>
        <source>Di Bawah Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="54"/>
        <source>Penilaian RHK no. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/rhk_feedback_box.py" line="68"/>
        <source>Penilaian per RHK: Di Atas, Sesuai atau Di Bawah Ekspektasi; umpan balik ikut ditandatangani dan terlihat oleh pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkForm</name>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="50"/>
        <source>RHK utama berasal dari tugas jabatan; RHK tambahan dari penugasan lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="51"/>
        <source>mis. Tersusunnya laporan capaian kinerja bidang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="52"/>
        <source>mis. Jumlah laporan capaian kinerja yang disusun tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="59"/>
        <source>satuan, mis. laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="62"/>
        <source>mis. 100% diterima pimpinan tanpa revisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="65"/>
        <source>mis. 12 bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="68"/>
        <source>RHK Pejabat Penilai Kinerja yang didukung (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="74"/>
        <source>Simpan RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="75"/>
        <source>Simpan RHK ini (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="76"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="77"/>
        <source>Kembali ke daftar RHK tanpa menyimpan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="84"/>
        <source>Kualit&amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="86"/>
        <source>&amp;Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="104"/>
        <source>&amp;Jenis RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="105"/>
        <source>&amp;Rencana Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="106"/>
        <source>&amp;Indikator Kinerja
Individu (IKI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="107"/>
        <source>&amp;Target kuantitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="108"/>
        <source>RHK atasan yang
&amp;diintervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="113"/>
        <source>Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="170"/>
        <source>Ubah RHK – {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="172"/>
        <source>RHK baru – {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="182"/>
        <source>12 bulan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="145"/>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="190"/>
        <source>Capaian RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="193"/>
        <source>Belum ada Rencana SKP untuk {month}. Isi rencana SKP (RHK beserta target dan satuannya) lewat menu “Rencana SKP”, lalu kaitkan kegiatan harian ke RHK-nya; capaian setiap RHK akan tampil di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="204"/>
        <source>Capaian RHK — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="207"/>
        <source>{title} belum berisi RHK. Tambahkan RHK lewat menu “Rencana SKP”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="217"/>
        <source>Tahun {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="217"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="225"/>
        <source>{n} kegiatan bulan ini belum dikaitkan ke RHK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkRow</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="61"/>
        <source>Indikator: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="69"/>
        <source>seharusnya s.d. hari ini: {month_due} {unit} bulan ini, {due} {unit} sepanjang periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="73"/>
        <source>{n} kegiatan tertaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="81"/>
        <source>Bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="97"/>
        <source>Umpan balik pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="109"/>
        <source>Di Atas Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="110"/>
        <source>Sesuai Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="111"/>
        <source>Di Bawah Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="121"/>
        <source>{realized} / {target} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/rhk.py" line="127"/>
        <source>tanpa target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkTable</name>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="27"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="28"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="29"/>
        <source>Rencana Hasil Kerja (RHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="30"/>
        <source>Indikator Kinerja Individu (IKI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="31"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="73"/>
        <source>Kualitas: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="75"/>
        <source>Waktu: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="77"/>
        <source>Mendukung RHK atasan: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_table.py" line="79"/>
        <source>{n} Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="217"/>
        <source>Jadwal kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="219"/>
        <source>Sen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="220"/>
        <source>Sel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="221"/>
        <source>Rab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="222"/>
        <source>Kam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="223"/>
        <source>Jum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="224"/>
        <source>Sab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="225"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="238"/>
        <source> jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="240"/>
        <source>Kembalikan ke Perpres 21/2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="242"/>
        <source>Hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="243"/>
        <source>Jam mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="247"/>
        <source>Jam kerja seminggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="276"/>
        <source>pilih hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="279"/>
        <source>= {h} j {m:02d} m per hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="358"/>
        <source>Selamat datang di Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="358"/>
        <source>Profil dan jadwal kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="361"/>
        <source>Isi identitas Anda sekali saja. Data ini muncul di laporan bulanan yang Anda kirim ke Pejabat Penilai Kinerja. Semua data tersimpan di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="365"/>
        <source>Perubahan profil berlaku untuk laporan berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="383"/>
        <source>Simpan dan mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="383"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="386"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="390"/>
        <source>Coba dengan data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="393"/>
        <source>Isi bulan ini dengan profil dan kegiatan contoh agar Anda bisa melihat cara kerja aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="478"/>
        <source>Profil tersimpan, tetapi kunci tanda tangan tidak bisa dibuat: {reason} Coba lagi, atau pilih “Buat nanti” dan buat kunci lewat Pengaturan › Kunci tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="44"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="44"/>
        <source>Pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="51"/>
        <source>Waktu menurut komputer penanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="53"/>
        <source>Ya, tidak berubah sejak ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="55"/>
        <source>TIDAK: tanda tangan rusak atau berkas diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="57"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="58"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="59"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="60"/>
        <source>Utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="61"/>
        <source>Sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="70"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="77"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="107"/>
        <source>Sidik jari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="72"/>
        <source>Sertifikat ini memakai NIP Anda, tetapi bukan milik Anda, dan tidak bisa dipercayai. Jangan percayai berkas ini; simpan sebagai bukti dan laporkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="83"/>
        <source>Sertifikat yang sudah Anda percayai untuk NIP ini:
{known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="88"/>
        <source>Cocokkan sidik jari ini dengan pegawai (mis. lewat telepon: ia membacanya di Absensi › Kunci tanda tangan). Percayai hanya bila semuanya sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="91"/>
        <source>Cocokkan sidik jari ini dengan pejabat penilai Anda (mis. lewat telepon: ia membacanya di Absensi › Kunci tanda tangan). Percayai hanya bila semuanya sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="97"/>
        <source>Percayai sertifikat ini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="111"/>
        <source>Sertifikat Anda sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="113"/>
        <source>Dipercaya, tercatat sebagai {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="115"/>
        <source>PALSU: NIP Anda sendiri, tetapi BUKAN sertifikat Anda. Seseorang menandatangani atas nama Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="118"/>
        <source>BERBEDA dari sertifikat yang Anda percayai untuk NIP ini. Bisa jadi dipalsukan: hubungi pegawai sebelum berbuat apa pun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="121"/>
        <source>Belum dikenal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkpDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="32"/>
        <source>Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_rhk_form.py" line="33"/>
        <source>Tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="40"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="102"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="195"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="374"/>
        <source>Rencana SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="53"/>
        <source>(belum ada periode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="54"/>
        <source>&amp;Periode SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="58"/>
        <source>Periode baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="59"/>
        <source>Buat periode SKP untuk satu tahun atau untuk tanggal tertentu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="65"/>
        <source>Hapus periode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="66"/>
        <source>Hapus periode terpilih beserta semua RHK-nya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="70"/>
        <source>Periode SKP baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="71"/>
        <source>Satu &amp;tahun penuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="72"/>
        <source>Tanggal &amp;tertentu (mis. pindah jabatan di tengah tahun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="90"/>
        <source>nama periode (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="91"/>
        <source>Buat periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="92"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="106"/>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="125"/>
        <source>+ &amp;Tambah RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="126"/>
        <source>&amp;Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="127"/>
        <source>&amp;Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="128"/>
        <source>▲ &amp;Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="129"/>
        <source>▼ T&amp;urun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="130"/>
        <source>Ubah RHK terpilih (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="131"/>
        <source>Hapus RHK terpilih (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="132"/>
        <source>Pindahkan RHK terpilih ke atas (Alt+Atas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="133"/>
        <source>Pindahkan RHK terpilih ke bawah (Alt+Bawah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="142"/>
        <source>Catatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="146"/>
        <source>Target di sini dipakai untuk memantau capaian dari kegiatan harian yang ditautkan ke RHK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="169"/>
        <source>&amp;Impor rencana…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="170"/>
        <source>Baca rencana SKP dari berkas JSON ke tahun periode yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="171"/>
        <source>&amp;Ekspor rencana…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="172"/>
        <source>Simpan rencana periode ini sebagai berkas JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog_layout.py" line="176"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="126"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="134"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="139"/>
        <source>Hapus periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="128"/>
        <source>Hapus {title} beserta {n} RHK-nya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="131"/>
        <source>{n} kegiatan yang tertaut akan kehilangan tautannya (kegiatannya sendiri tetap tersimpan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="133"/>
        <source>Penghapusan tidak bisa diurungkan; ekspor rencananya dulu bila ingin menyimpannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="142"/>
        <source>{title} dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="183"/>
        <source>Periode {title} siap. Tambahkan RHK-nya dengan “Tambah RHK” atau impor rencana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="203"/>
        <source>Belum ada periode SKP. Buat periode (biasanya satu tahun penuh), lalu tambahkan RHK atau impor rencana dari berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="207"/>
        <source>{first} s.d. {last} • {count} RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="212"/>
        <source>Periode ini belum memiliki RHK. Tambahkan RHK dari SKP Anda, atau impor rencana dari berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="280"/>
        <source>Rencana Aksi baris {n}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="292"/>
        <source>RHK ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="295"/>
        <source>Perubahan RHK disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="308"/>
        <source>Batalkan perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="308"/>
        <source>Perubahan pada RHK ini belum disimpan. Buang perubahan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="341"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="351"/>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="357"/>
        <source>Hapus RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="344"/>
        <source>{n} kegiatan yang tertaut ke RHK ini akan kehilangan tautannya (kegiatannya sendiri tetap tersimpan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="346"/>
        <source>Belum ada kegiatan yang tertaut ke RHK ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="348"/>
        <source>Hapus RHK “{name}” beserta {actions} Rencana Aksi-nya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="350"/>
        <source>Penghapusan tidak bisa diurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="362"/>
        <source>RHK dihapus; {n} kegiatan tidak lagi tertaut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="362"/>
        <source>RHK dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="34"/>
        <source>Impor rencana SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="36"/>
        <source>Rencana SKP (*.json);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="60"/>
        <source>Periode {title} sudah berisi {count} RHK. Ganti dengan rencana dari berkas ({incoming} RHK)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="63"/>
        <source>RHK yang namanya sama diperbarui dan kegiatannya tetap tertaut. RHK lain dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="67"/>
        <source>{n} kegiatan akan kehilangan tautan ke RHK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="388"/>
        <source>{n} RHK diimpor ke {title} dari {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="92"/>
        <source>Berkas “{name}” tidak bisa dibaca. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="103"/>
        <source>Berkas “{name}” bukan berkas JSON yang bisa dibaca. Pilih berkas rencana SKP (.json) yang diekspor dari Absensi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="115"/>
        <source>Ekspor rencana SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="117"/>
        <source>Rencana SKP (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_plan_files.py" line="124"/>
        <source>Berkas “{name}” tidak bisa disimpan ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp/skp_dialog.py" line="398"/>
        <source>Rencana {title} disimpan ke {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDataBox</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="201"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="225"/>
        <source>Isi ringkasan (dari data yang ditandatangani)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="212"/>
        <source>Isi dokumen evaluasi (dari data yang ditandatangani)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="223"/>
        <source>Isi ringkasan (belum pasti dari pegawai ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="231"/>
        <source>Data ringkasan tidak lengkap; lihat halamannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="237"/>
        <source>Berkas ini bukan ringkasan yang bisa dibaca, jadi tidak ada isi yang bisa ditampilkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="240"/>
        <source>Isi berkas tidak ditampilkan: tanpa tanda tangan elektronik, tidak bisa dipastikan siapa yang membuatnya dan apakah isinya asli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="243"/>
        <source>Isi berkas tidak ditampilkan: berkas ini ditandatangani atas nama Anda dengan sertifikat yang bukan milik Anda. Jangan jadikan pegangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="246"/>
        <source>Isi berkas tidak ditampilkan karena keasliannya tidak bisa dipastikan. Angka dan halaman di dalamnya jangan dijadikan pegangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="256"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="268"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="259"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="260"/>
        <source>Rencana Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="261"/>
        <source>Bulan disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="275"/>
        <source>{done} dari target {target} ({pct}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="280"/>
        <source>Jam tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="283"/>
        <source>Hari kerja terisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="284"/>
        <source>{logged} dari {working} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="288"/>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="293"/>
        <source>Hari kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="289"/>
        <source>{n} hari tanpa catatan dan tanpa keterangan: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="293"/>
        <source>tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="298"/>
        <source>{where}: {time} ({days} hari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="301"/>
        <source>Lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="308"/>
        <source>tanpa target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="311"/>
        <source>Capaian RHK bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="312"/>
        <source>Capaian RHK adalah catatan pegawai sendiri, bukan predikat resmi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_parts.py" line="315"/>
        <source>Diekspor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPages</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="53"/>
        <source>Tetap tampilkan halamannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="54"/>
        <source>Isinya tidak bisa dipercaya; hanya untuk melihat berkas apa ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="79"/>
        <source>Berkas ini tidak bisa ditampilkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="91"/>
        <source>Halaman berkas ini tidak bisa ditampilkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="93"/>
        <source>{n} halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="98"/>
        <source>Halaman berkas ini disembunyikan: berkas ini ditandatangani atas nama Anda dengan sertifikat yang bukan milik Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="106"/>
        <source>Halaman berkas ini disembunyikan karena isinya tidak bisa dipastikan asli. Minta pegawai mengirim ulang ringkasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="115"/>
        <source>AWAS: ditandatangani dengan sertifikat yang berbeda dari yang Anda percayai. Halaman ini bisa palsu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="118"/>
        <source>Sertifikat pejabat penilai belum dikenal: cocokkan dulu sebelum mempercayai keputusannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="121"/>
        <source>Penanda tangan belum dikenal: cocokkan dulu sebelum mempercayai halaman ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="146"/>
        <source>PALSU: tanda tangan atas nama Anda di halaman ini bukan buatan Anda. Jangan jadikan pegangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_pages.py" line="149"/>
        <source>BERKAS TIDAK SAH: halaman di bawah ini tidak bisa dijadikan pegangan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryViewer</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="76"/>
        <source>Periksa ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="110"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="113"/>
        <source>Buka berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="116"/>
        <source>Sertifikat tepercaya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="118"/>
        <source>Sesuai lebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="120"/>
        <source>Perkecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="123"/>
        <source>Perbesar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="49"/>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="72"/>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="77"/>
        <source>Terapkan keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="157"/>
        <source>Buka ringkasan bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="157"/>
        <source>PDF (*.pdf);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="178"/>
        <source>ringkasan.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="195"/>
        <source>Memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="203"/>
        <source>Berkas ini tidak bisa diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="240"/>
        <source>Hanya berkas pertama yang dibuka ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="107"/>
        <source>Belum ada berkas yang dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="126"/>
        <source>Cetak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="129"/>
        <source>Simpan salinan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="131"/>
        <source>Simpan salinan persis berkas ini, dengan tanda tangannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="254"/>
        <source>Periksa ringkasan — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="281"/>
        <source>Keputusan ditolak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="305"/>
        <source>disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="305"/>
        <source>dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="308"/>
        <source>Ringkasan {word} dan disimpan ke {path}. Kirim berkas ini kembali ke pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="319"/>
        <source>Sertifikat ini tidak bisa dipercayai: berkas ini ditandatangani atas nama Anda dengan sertifikat yang bukan milik Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="323"/>
        <source>Percayai sertifikat {name} (NIP {nip})?

Sidik jari:
{fp}

Telepon atau temui pegawai itu dan minta ia membacakan sidik jari dari aplikasinya (Kunci tanda tangan). Percayai hanya bila semua huruf dan angkanya sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="329"/>
        <source>PERHATIAN: Anda sudah mempercayai sertifikat LAIN untuk NIP ini. Percayai yang baru hanya bila pegawai memastikan bahwa ia memang membuat kunci baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="318"/>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="332"/>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="337"/>
        <source>Percayai sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_viewer.py" line="339"/>
        <source>Sertifikat {name} (NIP {nip}) sekarang Anda percayai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="29"/>
        <source>RHK no. {n}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="36"/>
        <source>Umpan balik per RHK:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="55"/>
        <source>Terapkan persetujuan untuk {month}? Bulan itu akan terkunci permanen: catatannya tidak bisa diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="58"/>
        <source>Terapkan pengembalian untuk {month}? Bulan itu dibuka lagi supaya bisa Anda perbaiki dan ekspor ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="65"/>
        <source>Sertifikat pejabat penilai {name} (NIP {nip}) belum Anda percayai. Cocokkan sidik jarinya dengannya (mis. lewat telepon) sebelum melanjutkan:

{fp}

Bila sama, sertifikat itu dipercaya dan keputusan diterapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="81"/>
        <source>{month} revisi {revision} DISETUJUI oleh {who}. Bulan itu sekarang terkunci permanen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/apply_decision.py" line="86"/>
        <source>{month} DIKEMBALIKAN oleh {who} untuk diperbaiki. Bulan itu dibuka lagi; setelah diperbaiki, ekspor ulang ringkasannya.

Catatan: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="41"/>
        <source>Di Atas Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="42"/>
        <source>Sesuai Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="43"/>
        <source>Di Bawah Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="71"/>
        <source>tidak tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="100"/>
        <source>SAH — DISETUJUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="102"/>
        <source>DIKEMBALIKAN UNTUK DIPERBAIKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="103"/>
        <source>SAH — BELUM ADA KEPUTUSAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="105"/>
        <source>PALSU: ATAS NAMA ANDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="107"/>
        <source>AWAS: SERTIFIKAT BERBEDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="109"/>
        <source>PENANDA TANGAN BELUM DIKENAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="111"/>
        <source>TIDAK TERBACA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="113"/>
        <source>TANPA TANDA TANGAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_text.py" line="114"/>
        <source>TIDAK SAH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="48"/>
        <source>BELUM ADA KEPUTUSAN PEJABAT PENILAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="51"/>
        <source>DISETUJUI oleh {name}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="54"/>
        <source> — Predikat: {predikat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="57"/>
        <source>DIKEMBALIKAN UNTUK DIPERBAIKI oleh {name}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="60"/>
        <source> — Catatan: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="133"/>
        <source>Cetak halaman ringkasan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="134"/>
        <source>Hanya ringkasan yang sah yang bisa dicetak dari sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="143"/>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="183"/>
        <source>Cetak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="143"/>
        <source>Hanya ringkasan yang sah yang bisa dicetak dari sini: di kertas tanda tangannya tidak bisa diperiksa lagi. Berkas ini: {word}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="157"/>
        <source>Cetak ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="181"/>
        <source>{n} halaman dicetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="183"/>
        <source>Ringkasan ini tidak bisa dicetak (printer tidak siap atau halamannya tidak bisa dibaca).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="191"/>
        <source>Simpan salinan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="194"/>
        <source>Simpan salinan ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="194"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/summary_output.py" line="207"/>
        <source>Salinan persis berkas ini disimpan ke {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="44"/>
        <source>Sertifikat tepercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="48"/>
        <source>Ringkasan yang ditandatangani dengan sertifikat di daftar ini langsung dinyatakan sah. Tambahkan sertifikat dari berkas .cer yang dikirim pegawai (Absensi › Kunci tanda tangan › Ekspor sertifikat), atau langsung dari ringkasan yang Anda buka, setelah sidik jarinya dicocokkan dengan pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="57"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="57"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="57"/>
        <source>Sidik jari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="57"/>
        <source>Ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="71"/>
        <source>Belum ada sertifikat tepercaya. Impor berkas sertifikat dari pegawai, atau percayai sertifikat saat membuka ringkasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="85"/>
        <source>Impor sertifikat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="87"/>
        <source>Ganti nama…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="89"/>
        <source>Hapus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="91"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="125"/>
        <source>Klik dua kali untuk mengganti nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="153"/>
        <source>Sidik jari SHA-256 {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="166"/>
        <source>Impor sertifikat pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="167"/>
        <source>Sertifikat (*.cer *.crt *.pem *.der);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="171"/>
        <source>Impor sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="186"/>
        <source>Sertifikat {name} (NIP {nip}) sudah ada di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="191"/>
        <source>Percayai sertifikat {name} (NIP {nip})?

Sidik jari:
{fp}

Cocokkan sidik jari ini dengan pegawai (mis. lewat telepon) sebelum mempercayainya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="197"/>
        <source>PERHATIAN: NIP {nip} sudah punya {n} sertifikat tepercaya lain. Tambahkan hanya bila pegawai memastikan ia membuat kunci baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="207"/>
        <source>Dipercaya: {name} (NIP {nip}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="217"/>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="228"/>
        <source>Ganti nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="218"/>
        <source>Nama yang ditampilkan untuk sertifikat NIP {nip}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="231"/>
        <source>Nama diganti: {name} (NIP {nip}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="253"/>
        <source>Hapus {name} (NIP {nip}) dari sertifikat tepercaya?

Sidik jari:
{fp}

Ringkasan yang ditandatangani dengan sertifikat ini akan dinyatakan “penanda tangan belum dikenal”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="256"/>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="261"/>
        <source>Hapus sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/trust_dialog.py" line="264"/>
        <source>Tidak lagi dipercaya: {name} (NIP {nip}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="70"/>
        <source>Setujui…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="71"/>
        <source>Kembalikan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="72"/>
        <source>Terapkan keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="120"/>
        <source>Belum ada berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="121"/>
        <source>Seret berkas PDF ringkasan bulanan ke jendela ini, atau pilih Buka berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="127"/>
        <source>Memeriksa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="128"/>
        <source>Tanda tangan dan isi berkas ini sedang diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="174"/>
        <source>Berkas: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="181"/>
        <source>Bulan: {month}, revisi {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="190"/>
        <source>Setelah ditandatangani: tidak ada perubahan selain tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="195"/>
        <source>Setelah ditandatangani: ADA perubahan lain selain tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="204"/>
        <source>Data tidak cocok:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="235"/>
        <source>Berkas ini dipalsukan atas nama Anda: tidak bisa disetujui, dikembalikan atau diterapkan. Simpan salinannya sebagai bukti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="242"/>
        <source>Ini dokumen evaluasi kinerja tahunan: Absensi memeriksa keasliannya; persetujuan hanya untuk ringkasan bulanan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="252"/>
        <source>Keputusan ini sudah diterapkan pada data Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="265"/>
        <source>PERINGATAN: sertifikat LAIN untuk NIP {nip}, yang sertifikatnya sudah Anda percayai. Ringkasan ini tidak bisa disetujui atau dikembalikan sebelum pegawai memastikan bahwa sertifikat ini miliknya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="271"/>
        <source>Cocokkan dan percayai sertifikat pegawai dulu; setelah itu ringkasan bisa disetujui atau dikembalikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="277"/>
        <source>Isi profil Anda dulu (Pengaturan › Profil) untuk memberi keputusan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/supervisor/verdict_panel.py" line="279"/>
        <source>Ringkasan ini ditujukan kepada {name} (NIP {nip}) sebagai pejabat penilai, bukan kepada Anda.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="48"/>
        <source>Jam per minggu (minggu mulai Senin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="49"/>
        <source>Tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="52"/>
        <source>Target jadwal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="97"/>
        <source>Minggu {range} {year}: tercatat {logged} dari target {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="106"/>
        <source>{place}: {hours} pada {days} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard/charts.py" line="110"/>
        <source>{n} hari di luar kantor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
