<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="184"/>
        <source>Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="184"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="184"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="197"/>
        <source>Ketik untuk mengisi sel; F2 mengubah sel terpilih; Tab pindah ke kolom berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="198"/>
        <source>+ Tambah Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="199"/>
        <source>Hapus baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="203"/>
        <source>Opsional. Satu baris per bulan atau triwulan; target dalam satuan RHK (kosongkan bila tidak ada).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="323"/>
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
        <location filename="../../src/absensi_app/app.py" line="98"/>
        <source>Absensi sudah terbuka untuk folder data {folder}, tetapi jendelanya tidak menjawab. Tutup Absensi yang lain lalu coba lagi. Bila tidak ada Absensi lain yang terbuka, hapus berkas {lock}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="184"/>
        <source>Data tidak bisa dibuka: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="198"/>
        <source>Cadangan data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="202"/>
        <source>Absensi mencadangkan database setiap hari saat pertama dibuka, dan sebelum pembaruan struktur, impor, atau pemulihan. Setiap cadangan diperiksa setelah dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="227"/>
        <source>Belum ada cadangan. Tekan “Cadangkan sekarang” untuk membuat yang pertama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="231"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="233"/>
        <source>&amp;Pulihkan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="235"/>
        <source>Buka &amp;folder cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="244"/>
        <source>Folder cadangan tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="250"/>
        <source>Misalnya flashdisk atau folder yang disinkronkan: setiap cadangan juga disalin ke sana, jadi data tetap ada bila komputer ini rusak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="256"/>
        <source>Pilih f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="258"/>
        <source>&amp;Jangan pakai lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="273"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="305"/>
        <source>Folder cadangan: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="309"/>
        <source>utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="309"/>
        <source>{broken} – tidak bisa dipulihkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="348"/>
        <source>Cadangan ini rusak dan tidak bisa dipulihkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="360"/>
        <source>Cadangan {name} tersimpan dan diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="362"/>
        <source>Salinannya juga ada di {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="368"/>
        <source>Pulihkan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="372"/>
        <source>Cadangan {when} rusak dan tidak bisa dipulihkan. Pilih cadangan lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="376"/>
        <source>Pulihkan cadangan {when} ({reason}, {entries} kegiatan, {locked} bulan terkunci)?

Semua yang dicatat sesudah cadangan itu dibuat tidak akan tampil lagi. Keadaan saat ini dicadangkan lebih dulu (“sebelum pemulihan”), jadi pemulihan ini bisa dibatalkan dengan memulihkan cadangan itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="395"/>
        <source>Belum dipilih: cadangan hanya ada di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="402"/>
        <source>{folder}
(sekarang tidak ada, mis. flashdisk tidak terpasang: cadangan hanya dibuat di komputer ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="409"/>
        <source>Pilih folder cadangan tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="418"/>
        <source>Cadangan berikutnya juga disalin ke {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/backup_dialog.py" line="428"/>
        <source>Folder cadangan tambahan tidak dipakai lagi; cadangan yang sudah ada di sana tetap ada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="70"/>
        <source>{weekday}, {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="82"/>
        <source>{hours} jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="93"/>
        <source>Nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="94"/>
        <source>Ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="95"/>
        <source>Dihapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="127"/>
        <source>Hari libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="132"/>
        <source>(bukan hari libur nasional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="154"/>
        <source>Kalender kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="161"/>
        <source>&amp;Tahun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="165"/>
        <source>Hari libur nasional dan cuti bersama mengikuti SKB 3 Menteri. Tambahkan hari libur daerah, atau jadikan sebuah hari libur hari kerja bila instansi Anda menetapkannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="180"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="180"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="180"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="192"/>
        <source>&amp;Jadikan hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="193"/>
        <source>Hari libur terpilih menjadi hari kerja biasa (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="194"/>
        <source>&amp;Kembalikan ke kalender nasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="195"/>
        <source>Lupakan perubahan Anda untuk tanggal terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="198"/>
        <source>Tanggal bertanda “perkiraan” dihitung dari kalender Hijriah dan bisa bergeser. Sesuaikan bila SKB 3 Menteri atau pemerintah daerah menetapkan lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="211"/>
        <source>nama, mis. Hari Jadi Kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="212"/>
        <source>&amp;Tambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="213"/>
        <source>Hari &amp;libur daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="246"/>
        <source> jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="254"/>
        <source>&amp;Simpan jam Ramadan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="255"/>
        <source>&amp;Hapus jam Ramadan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="256"/>
        <source>Hapus jam kerja Ramadan tahun ini; target harian kembali normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="257"/>
        <source>&amp;Awal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="259"/>
        <source>A&amp;khir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="261"/>
        <source>Jam kerja &amp;seminggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="285"/>
        <source>Kerja di luar kantor (berlaku untuk semua tahun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="289"/>
        <source> hari seminggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="290"/>
        <source>&amp;Paling banyak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="294"/>
        <source>PermenPANRB 4/2025: bila instansi menerapkan kerja fleksibel, paling banyak {n} hari kerja seminggu di Rumah, Kantor lain atau Lokasi lain. Dinas Luar tidak dihitung. Ringkasan mingguan menandai minggu yang melebihi batas ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="316"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="362"/>
        <source>Hari libur dan cuti bersama {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="363"/>
        <source>Jam kerja Ramadan {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="389"/>
        <source>(perkiraan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="417"/>
        <source>Anda menjadikan tanggal ini hari kerja biasa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="419"/>
        <source>Hari libur Anda; di kalender nasional: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="421"/>
        <source>Hari libur yang Anda tambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="423"/>
        <source>Tanggal perkiraan: pastikan dengan SKB 3 Menteri tentang hari libur nasional dan cuti bersama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="424"/>
        <source>Kalender nasional (hari libur dan cuti bersama).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="456"/>
        <source>{day} ditambahkan sebagai hari libur ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="469"/>
        <source>{day} sekarang hari kerja biasa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="483"/>
        <source>{day} kembali mengikuti kalender nasional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="519"/>
        <source>Tersimpan: {first} s.d. {last}, {hours} seminggu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="531"/>
        <source>Belum diatur. Tanggal di atas perkiraan dari Idul Fitri ({day}); sesuaikan dengan surat edaran instansi Anda, lalu simpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="537"/>
        <source>Belum diatur. Isi tanggal awal dan akhir Ramadan sesuai surat edaran instansi Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="557"/>
        <source>Jam kerja Ramadan {year} disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="569"/>
        <source>Jam kerja Ramadan {year} dihapus; target harian kembali normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/calendar_dialog.py" line="598"/>
        <source>Tersimpan: paling banyak {n} hari seminggu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="83"/>
        <source>Januari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="84"/>
        <source>Februari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="85"/>
        <source>Maret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="86"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="87"/>
        <location filename="../../src/absensi_app/views/dashboard.py" line="101"/>
        <source>Mei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="88"/>
        <source>Juni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="89"/>
        <source>Juli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="90"/>
        <source>Agustus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="91"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="92"/>
        <source>Oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="93"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="94"/>
        <source>Desember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="97"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="98"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="99"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="100"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="102"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="103"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="104"/>
        <source>Agu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="105"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="106"/>
        <source>Okt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="107"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="108"/>
        <source>Des</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="111"/>
        <source>Senin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="112"/>
        <source>Selasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="113"/>
        <source>Rabu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="114"/>
        <source>Kamis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="115"/>
        <source>Jumat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="116"/>
        <source>Sabtu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="117"/>
        <source>Minggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="120"/>
        <source>Sen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="121"/>
        <source>Sel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="122"/>
        <source>Rab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="123"/>
        <source>Kam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="124"/>
        <source>Jum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="125"/>
        <source>Sab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="126"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="131"/>
        <source>lengkap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="132"/>
        <source>sebagian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="133"/>
        <source>kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="134"/>
        <source>libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="135"/>
        <source>cuti/sakit/izin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="136"/>
        <source>dinas luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="137"/>
        <source>akan datang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="138"/>
        <source>bukan hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="167"/>
        <source>Target tercapai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="168"/>
        <source>Sesuai jadwal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="169"/>
        <source>Tertinggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="170"/>
        <source>Belum dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="179"/>
        <source>Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="180"/>
        <source>Tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="184"/>
        <source>Capaian ini catatan pribadi pegawai, bukan predikat kinerja resmi. Predikat ditetapkan oleh Pejabat Penilai Kinerja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="716"/>
        <source>Ringkasan {month} tidak bisa dihitung: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="747"/>
        <source>Bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="748"/>
        <source>Kembali ke bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="764"/>
        <source>PageUp/PageDown: pindah bulan • klik tanggal untuk membukanya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="787"/>
        <source>Jam tercatat bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="788"/>
        <source>Saldo berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="789"/>
        <source>Hari terisi / hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="819"/>
        <source>Kalender bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="825"/>
        <source>Tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="828"/>
        <source>Target jadwal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="852"/>
        <source>Jam per minggu (minggu mulai Senin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="867"/>
        <source>Belum ada kegiatan tercatat pada bulan ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="874"/>
        <source>Jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="874"/>
        <source>Hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="889"/>
        <source>Hari: banyaknya hari dengan kegiatan di lokasi itu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="894"/>
        <source>Lokasi kerja bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="904"/>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1212"/>
        <source>Capaian RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="993"/>
        <source>Bulan sebelumnya (PageUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="996"/>
        <source>Bulan berikutnya (PageDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1010"/>
        <source>dari target bulan {expected} ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1016"/>
        <source>tidak ada target jam bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1023"/>
        <source>bulan ini belum dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1030"/>
        <source>terhadap target sebulan penuh {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1032"/>
        <source>terhadap target s.d. hari ini {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1044"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{n} kosong&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1047"/>
        <source>tidak ada yang kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1049"/>
        <source>{n} berketerangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1051"/>
        <source>{n} akan datang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1054"/>
        <source>Hari terisi: hari dengan kegiatan. Berketerangan: cuti, sakit, izin, tugas belajar atau dinas luar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1060"/>
        <source>Tahun {year} s.d. hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1063"/>
        <source>dari patokan {yardstick} setahun&lt;br&gt;bagian s.d. hari ini: {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1071"/>
        <source>1.250 jam setahun adalah jam kerja efektif untuk analisis beban kerja, bukan aturan kehadiran. Target jadwal kerja s.d. hari ini: {expected} (saldo {balance}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1084"/>
        <source>&lt;b style=&apos;color:{color}&apos;&gt;Hari kerja belum diisi ({n}):&lt;/b&gt; {days} &lt;span style=&apos;color:{muted}&apos;&gt;— klik untuk mengisi, atau beri status (cuti, sakit, dinas luar).&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1091"/>
        <source>&lt;span style=&apos;color:{muted}&apos;&gt;Bulan ini belum dimulai.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1095"/>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;✔ Semua hari kerja s.d. hari ini sudah terisi atau berketerangan.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1120"/>
        <source>minggu {range}: &lt;b&gt;{n} hari&lt;/b&gt; ({days})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1126"/>
        <source>⚠ &lt;b&gt;Kerja di luar kantor melebihi batas {limit} hari seminggu&lt;/b&gt; pada {weeks}. PermenPANRB 4/2025 membatasi kerja di luar kantor (Rumah, Kantor lain, Lokasi lain) paling banyak {limit} hari kerja seminggu, kecuali tugasnya memang di luar kantor; Dinas Luar tidak dihitung. Batas {limit} hari ini adalah pengaturan yang bisa disesuaikan dengan kebijakan instansi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1152"/>
        <source>Minggu {range} {year}: tercatat {logged} dari target {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1158"/>
        <source>{place}: {hours} pada {days} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1162"/>
        <source>{n} hari di luar kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1177"/>
        <source>{place}: {hours}, {days} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1215"/>
        <source>Belum ada Rencana SKP untuk {month}. Isi rencana SKP (RHK beserta target dan satuannya) lewat menu “Rencana SKP”, lalu kaitkan kegiatan harian ke RHK-nya; capaian setiap RHK akan tampil di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1226"/>
        <source>Capaian RHK — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1229"/>
        <source>{title} belum berisi RHK. Tambahkan RHK lewat menu “Rencana SKP”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1239"/>
        <source>Tahun {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1239"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="1247"/>
        <source>{n} kegiatan bulan ini belum dikaitkan ke RHK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="278"/>
        <source>Setujui ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="278"/>
        <source>Kembalikan ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="283"/>
        <source>Ringkasan {month} revisi {revision} dari {name} (NIP {nip}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="293"/>
        <source>Tanda tangan elektronik Anda ditambahkan ke berkas ini bersama keputusan, catatan dan penilaian di bawah. Isi ringkasan pegawai tidak berubah. Kirim berkas hasilnya kembali ke pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="299"/>
        <source>Pegawai akan melihat catatan Anda, dan bulan itu dibuka lagi di aplikasinya untuk diperbaiki. Tanda tangan elektronik Anda ditambahkan ke berkas ini; kirim berkas hasilnya kembali ke pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="308"/>
        <source>Mis. terima kasih, pertahankan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="310"/>
        <source>Wajib: apa yang perlu diperbaiki, mis. lengkapi bukti dukung tanggal 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="314"/>
        <source>&amp;Catatan (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="314"/>
        <source>&amp;Catatan (wajib)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="323"/>
        <source>Penilaian kinerja (opsional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="325"/>
        <source>&amp;Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="326"/>
        <source>&amp;Perilaku Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="327"/>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="329"/>
        <source>Predikat mengikuti tabel PermenPANRB 6/2022 dari kedua penilaian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="336"/>
        <source>frasa sandi kunci tanda tangan Anda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="342"/>
        <source>Setujui dan tanda tangani…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="342"/>
        <source>Kembalikan dan tanda tangani…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="346"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="352"/>
        <source>&amp;Frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="373"/>
        <source>— tidak dinilai —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="374"/>
        <source>Di Atas Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="375"/>
        <source>Sesuai Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="376"/>
        <source>Di Bawah Ekspektasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="396"/>
        <source>Pilih kedua penilaian untuk melihat predikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="401"/>
        <source>Tanpa penilaian: hanya keputusan yang dicatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="418"/>
        <source>Tulis catatan apa yang perlu diperbaiki sebelum mengembalikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="422"/>
        <source>Catatan terlalu panjang (paling banyak {n} karakter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="428"/>
        <source>Pilih Hasil Kerja dan Perilaku Kerja bersama-sama, atau kosongkan keduanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="431"/>
        <source>Isi frasa sandi kunci tanda tangan Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="456"/>
        <source>Simpan ringkasan bertanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="457"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="459"/>
        <source>Belum disimpan: pilih tempat menyimpan berkas, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="59"/>
        <source>Hanya durasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="60"/>
        <source>Catat lamanya saja, tanpa jam mulai dan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="64"/>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="72"/>
        <source>Uraian kegiatan, mis. Menyusun laporan capaian kinerja bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="81"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="82"/>
        <source>Jumlah output; biarkan – bila tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="87"/>
        <source>satuan, mis. laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="89"/>
        <source>tautan bukti dukung (https://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="91"/>
        <source>Lampirkan berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="95"/>
        <source>Lepaskan berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="103"/>
        <source>ketik sebagian nama RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="108"/>
        <source>Rencana Hasil Kerja (RHK) SKP yang didukung kegiatan ini; ketik untuk mencari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="112"/>
        <source>Rencana Aksi dari RHK terpilih (boleh dikosongkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="113"/>
        <source>Rencana &amp;Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="119"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="121"/>
        <source>Simpan kegiatan (Ctrl+S atau Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="122"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="123"/>
        <source>Batalkan perubahan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="134"/>
        <source>&amp;Lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="141"/>
        <source>&amp;Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="162"/>
        <source>&amp;Jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="163"/>
        <source>&amp;Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="164"/>
        <source>R&amp;HK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="165"/>
        <source>&amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="218"/>
        <source>Kegiatan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="238"/>
        <source>Ubah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="328"/>
        <source>RHK “{text}” tidak ada di daftar. Pilih RHK dari daftar, atau kosongkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="372"/>
        <source>— tanpa RHK —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="378"/>
        <source>RHK nomor {id} (tidak ada di daftar RHK hari ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="386"/>
        <source>RHK utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="386"/>
        <source>RHK tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="389"/>
        <source>IKI: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="390"/>
        <source>Target: {n} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="401"/>
        <source>— tanpa Rencana Aksi —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="407"/>
        <source>Rencana Aksi nomor {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="419"/>
        <source>Triwulan {roman}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="120"/>
        <source>(durasi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="93"/>
        <source>Ekspor ringkasan bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="111"/>
        <source>Bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="115"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="121"/>
        <source>PDF &amp;bertanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="121"/>
        <source>ditandatangani dengan kunci Anda; bulan itu lalu dikunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="124"/>
        <source>PDF &amp;tanpa tanda tangan (untuk aplikasi resmi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="125"/>
        <source>untuk ditandatangani di aplikasi TTE kantor; bulan tidak dikunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="127"/>
        <source>&amp;XLSX Progres Harian e-Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="127"/>
        <source>satu baris per kegiatan, siap diimpor ke e-Kinerja BKN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="128"/>
        <source>&amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="128"/>
        <source>kolom yang sama, ditambah Lokasi dan Menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="143"/>
        <source>Tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="146"/>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="261"/>
        <source>Buat kunci tanda tangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="154"/>
        <source>frasa sandi kunci tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="161"/>
        <source>&amp;Frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="179"/>
        <source>Buka folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="190"/>
        <source>&amp;Ekspor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="192"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="250"/>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="280"/>
        <source>Kunci tanda tangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="256"/>
        <source>Belum ada kunci tanda tangan. Buat kunci sekarang (dilindungi frasa sandi Anda), atau pilih PDF tanpa tanda tangan untuk ditandatangani di aplikasi resmi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="265"/>
        <source>Sertifikat: {name} (NIP {nip}), {key_type}, berlaku s.d. {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="275"/>
        <source>NIP sertifikat berbeda dengan NIP profil ({nip}): buat kunci baru untuk profil ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="301"/>
        <source>Belum pernah diekspor bertanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="305"/>
        <source>Terkunci: ringkasan revisi {revision} diekspor {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="312"/>
        <source>Kunci dibuka sesudah revisi {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="318"/>
        <source>{month} sudah terkunci. Ekspor bertanda tangan sekarang menghasilkan lagi revisi {revision} dengan data yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="325"/>
        <source>Menandatangani mengunci {month}: kegiatan dan status hari bulan itu tidak bisa diubah sampai kuncinya dibuka (Berkas › Buka kunci bulan; alasannya dicatat di riwayat). Ringkasan ini menjadi revisi {revision}; ekspor bertanda tangan sesudah kunci dibuka menjadi revisi {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="372"/>
        <source>Belum ada kunci tanda tangan. Buat kunci dulu, atau pilih PDF tanpa tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="376"/>
        <source>Isi frasa sandi kunci tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="387"/>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="388"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="389"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="390"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="392"/>
        <source>Simpan ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="414"/>
        <source>Frasa sandi salah. Tidak ada berkas yang ditulis dan bulan tidak dikunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="434"/>
        <source>Ringkasan {month} revisi {revision} ditandatangani dan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="437"/>
        <source>{month} sekarang terkunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="439"/>
        <source>Ringkasan {month} &lt;b&gt;tanpa tanda tangan&lt;/b&gt; disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="440"/>
        <source>Tandatangani PDF ini di aplikasi resmi. Bulan tidak dikunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="442"/>
        <source>{rows} kegiatan {month} ditulis ({format}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="449"/>
        <source>{pages} halaman • SHA-256 {sha}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/export_dialog.py" line="458"/>
        <source>Perhatian: {n} dari {rows} kegiatan belum punya Rencana Aksi. e-Kinerja melewati baris seperti itu tanpa pemberitahuan; pilih Rencana Aksinya pada kegiatan tersebut lalu ekspor lagi.</source>
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
    <name>KeyDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="78"/>
        <source>Kunci tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="81"/>
        <source>Kunci ini menandatangani ringkasan bulanan Anda. Kunci dibuat dan disimpan di komputer ini, terenkripsi dengan frasa sandi Anda, sehingga tanda tangannya termasuk &lt;i&gt;tanda tangan elektronik tidak tersertifikasi&lt;/i&gt; (PP 71/2019). Bila Anda memegang sertifikat dari Penyelenggara Sertifikasi Elektronik dalam berkas PKCS#12 (.p12/.pfx), impor di sini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="91"/>
        <source>Sertifikat tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="94"/>
        <source>Belum ada kunci tanda tangan. Buat kunci baru, atau impor sertifikat PKCS#12. Tanpa kunci, ringkasan hanya bisa diekspor tanpa tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="112"/>
        <source>Salin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="113"/>
        <source>Salin sidik jari ke papan klip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="123"/>
        <source>Pemilik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="124"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="125"/>
        <source>Jenis kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="126"/>
        <source>Berlaku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="127"/>
        <source>Penerbit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="128"/>
        <source>Sumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="129"/>
        <source>Sidik jari SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="133"/>
        <source>Buat kunci baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="134"/>
        <source>Ganti frasa sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="135"/>
        <source>Impor PKCS#12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="136"/>
        <source>Ekspor sertifikat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="138"/>
        <source>Simpan sertifikat (tanpa kunci privat) ke berkas .cer untuk Pejabat Penilai Kinerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="160"/>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="173"/>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="198"/>
        <source>paling sedikit {n} karakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="168"/>
        <source>&amp;Frasa sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="169"/>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="209"/>
        <source>&amp;Ulangi frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="180"/>
        <source>Frasa sandi yang terlupa tidak bisa dipulihkan; bila lupa, buat kunci baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="185"/>
        <source>Frasa sandi &amp;lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="186"/>
        <source>Frasa sandi &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="187"/>
        <source>&amp;Ulangi frasa sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="191"/>
        <source>berkas .p12 atau .pfx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="192"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="197"/>
        <source>kata sandi berkas PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="206"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="207"/>
        <source>&amp;Kata sandi berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="208"/>
        <source>&amp;Frasa sandi di Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="217"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="232"/>
        <source>Server cap waktu (RFC 3161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="234"/>
        <source>https://… (kosongkan bila tidak dipakai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="236"/>
        <source>Simpan alamat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="254"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="300"/>
        <source>{first} s.d. {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="306"/>
        <source>Dibuat Absensi (CA pribadi di komputer ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="308"/>
        <source>Diimpor dari berkas PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="316"/>
        <source>NIP di sertifikat ({cert}) berbeda dengan NIP profil ({nip}): ekspor bertanda tangan akan ditolak. Buat kunci baru untuk profil ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="325"/>
        <source>Sertifikat ini sudah kedaluwarsa; buat kunci baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="338"/>
        <source>Tanda tangan diberi cap waktu dari server ini (PAdES B-T). Ekspor bertanda tangan membutuhkan koneksi internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="345"/>
        <source>Tanpa cap waktu: waktu tanda tangan diambil dari jam komputer ini (PAdES B-B). Ekspor bisa dilakukan tanpa internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="360"/>
        <source>Sidik jari disalin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="387"/>
        <source>Kunci dan sertifikat yang sekarang akan diganti. Ringkasan yang sudah ditandatangani tetap sah, tetapi atasan perlu sertifikat baru untuk memeriksa tanda tangan berikutnya. Lanjutkan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="395"/>
        <source>Isi profil pegawai dulu: nama dan NIP masuk ke sertifikat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="397"/>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="407"/>
        <source>Buat kunci baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="403"/>
        <source>Kunci baru (ECDSA P-256) atas nama {name}, NIP {nip}. Frasa sandi melindungi kunci ini dan tidak bisa dipulihkan bila lupa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="407"/>
        <source>Buat kunci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="412"/>
        <source>Ganti frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="415"/>
        <source>Impor PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="420"/>
        <source>Kunci dari berkas disimpan di Absensi dengan frasa sandi baru Anda (boleh berbeda dari kata sandi berkasnya). Kunci RSA (minimal 2048 bit) atau ECDSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="424"/>
        <source>Impor sertifikat PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="424"/>
        <source>Impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="437"/>
        <source>Pilih berkas PKCS#12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="437"/>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="460"/>
        <source>Kedua frasa sandi tidak sama. Ketik ulang frasa sandi yang sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="491"/>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="513"/>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="538"/>
        <source>Kunci tidak bisa disimpan: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="493"/>
        <source>Kunci tanda tangan dibuat. Pemilik sertifikat: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="498"/>
        <source>Isi frasa sandi lama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="507"/>
        <source>Frasa sandi lama salah. Frasa sandi tidak diganti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="515"/>
        <source>Frasa sandi diganti. Pakai frasa sandi baru untuk ekspor berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="520"/>
        <source>Pilih berkas PKCS#12 (.p12 atau .pfx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="540"/>
        <source>Sertifikat {name} (penerbit {issuer}) sekarang dipakai untuk tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="548"/>
        <source>Belum ada kunci tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="553"/>
        <source>Ekspor sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="555"/>
        <source>Sertifikat (*.cer *.crt *.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="567"/>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="575"/>
        <source>Berkas &apos;{path}&apos; tidak bisa ditulis: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="581"/>
        <source>Sertifikat disimpan ke {path}. Kirimkan ke Pejabat Penilai Kinerja bersama sidik jarinya, agar tanda tangan Anda bisa diperiksa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="595"/>
        <source>Alamat server cap waktu disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/key_dialog.py" line="595"/>
        <source>Cap waktu tidak dipakai.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="219"/>
        <source>{h} j {m} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="221"/>
        <source>{h} j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="223"/>
        <source>{m} m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="160"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="782"/>
        <source>Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="179"/>
        <source>(belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="186"/>
        <source>mis. nomor surat tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="188"/>
        <source>Status hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="190"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="191"/>
        <source>Jenis cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="193"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="205"/>
        <source>Jumlah jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="252"/>
        <source>Buka kunci…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="253"/>
        <source>Buka kunci bulan ini untuk mengubah kegiatan (alasannya dicatat di riwayat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="303"/>
        <source>&amp;Urungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="305"/>
        <source>Ula&amp;ngi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="309"/>
        <source>&amp;Harian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="310"/>
        <source>&amp;Kemajuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="316"/>
        <source>Kegiatan satu hari (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="317"/>
        <source>Kemajuan bulan ini: jam, lokasi, hari kosong, capaian SKP (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="318"/>
        <source>Kegiatan &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="319"/>
        <source>&amp;Simpan kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="320"/>
        <source>U&amp;bah kegiatan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="321"/>
        <source>&amp;Hapus kegiatan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="325"/>
        <source>Salin dari hari &amp;sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="326"/>
        <source>Hari se&amp;belumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="327"/>
        <source>Hari beri&amp;kutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="328"/>
        <source>Hari &amp;ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="329"/>
        <source>&amp;Pilih tanggal di kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="330"/>
        <source>&amp;Profil dan jadwal kerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="331"/>
        <source>&amp;Rencana SKP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="332"/>
        <source>&amp;Kalender kerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="333"/>
        <source>Kunci &amp;tanda tangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="334"/>
        <source>&amp;Ekspor ringkasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="335"/>
        <source>Ekspor ringkasan bulanan: PDF bertanda tangan, PDF tanpa tanda tangan, XLSX e-Kinerja atau CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="336"/>
        <source>B&amp;uka kunci bulan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="337"/>
        <source>&amp;Riwayat perubahan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="338"/>
        <source>&amp;Buka ringkasan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="339"/>
        <source>Rekap &amp;tim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="340"/>
        <source>Sertifikat &amp;tepercaya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="341"/>
        <source>Buka &amp;folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="342"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="343"/>
        <source>&amp;Pulihkan cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="344"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="345"/>
        <source>&amp;Pintasan keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="346"/>
        <source>&amp;Tentang Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="357"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="370"/>
        <source>&amp;Sunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="373"/>
        <source>&amp;Lihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="376"/>
        <source>Pe&amp;ngaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="382"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="386"/>
        <source>Navigasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="390"/>
        <source>◀ Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="391"/>
        <source>Berikutnya ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="392"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="579"/>
        <source>Hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="399"/>
        <source>+ Kegiatan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="519"/>
        <source>Tidak ada kegiatan pada hari ini. Bulan ini terkunci; buka kuncinya bila memang perlu menambah kegiatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="521"/>
        <source>Tanggal ini belum terjadi. Kegiatan belum bisa dicatat, tetapi status hari (mis. cuti) bisa diisi di kiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="523"/>
        <source>Belum ada kegiatan pada hari ini. Isi formulir di bawah, atau salin dari hari sebelumnya (Ctrl+Shift+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="554"/>
        <source>{weekday}, {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="566"/>
        <source>&lt;b&gt;{month} terkunci&lt;/b&gt; (ringkasan revisi {revision} diekspor {when}). Kegiatan dan status hari di bulan ini tidak bisa diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="581"/>
        <source>Hari libur: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="583"/>
        <source>Bukan hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="610"/>
        <source>Tercatat &lt;b&gt;{total}&lt;/b&gt; dari target {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="618"/>
        <source>Tercatat &lt;b&gt;{total}&lt;/b&gt; (tidak ada target hari ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="623"/>
        <source>{month} {year}: {total} pada {days} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="688"/>
        <source>Pilih dulu kegiatan di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="695"/>
        <source>Pilih dulu kegiatan yang akan dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="702"/>
        <source>hapus kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="704"/>
        <source>Kegiatan dihapus. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="716"/>
        <source>ubah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="717"/>
        <source>Perubahan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="720"/>
        <source>tambah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="721"/>
        <source>Kegiatan disimpan. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="736"/>
        <source>Tidak bisa menyalin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="738"/>
        <source>salin dari hari sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="741"/>
        <source>{n} kegiatan disalin dari {day}. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="766"/>
        <source>ubah status hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="770"/>
        <source>Pilih berkas bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="770"/>
        <source>Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="804"/>
        <source>Data terbaru belum bisa dimuat. Rinciannya tercatat di log aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="818"/>
        <source>Profil dan jadwal kerja disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="858"/>
        <source>Ringkasan {month} revisi {revision} ditandatangani; bulan itu sekarang terkunci.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="868"/>
        <source>Buka kunci bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="875"/>
        <source>{month} tidak terkunci; tidak ada yang perlu dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="879"/>
        <source>Buka kunci {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="881"/>
        <source>Ringkasan bertanda tangan revisi {revision} untuk {month} sudah diekspor pada {when}. Sesudah kuncinya dibuka, kegiatan bisa diubah lagi dan ekspor bertanda tangan berikutnya menjadi revisi {next}. Pembukaan kunci dan alasannya dicatat di riwayat perubahan.

Alasan membuka kunci:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="897"/>
        <source>Kunci {month} dibuka. Ekspor bertanda tangan berikutnya menjadi revisi {next}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="1002"/>
        <source>Bulan sebelumnya / berikutnya (di Kemajuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="1005"/>
        <source>Pindah ke kolom berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="1006"/>
        <source>Batalkan pengisian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="1027"/>
        <source>Pintasan keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="1032"/>
        <source>Tentang Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="1034"/>
        <source>&lt;b&gt;Absensi {version}&lt;/b&gt;&lt;br&gt;Catatan kehadiran dan kegiatan harian ASN.&lt;br&gt;Semua data tersimpan di komputer ini:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="300"/>
        <source>Kalender bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="363"/>
        <source>kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="365"/>
        <source>libur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="368"/>
        <source>cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="371"/>
        <source>DL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="380"/>
        <source>Libur: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="387"/>
        <source>Tercatat {logged} dari target {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="392"/>
        <source>Tercatat {logged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="394"/>
        <source>Hari kerja tanpa kegiatan dan tanpa keterangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="397"/>
        <source>Hari kerja mendatang, target {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="402"/>
        <source>Bukan hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="403"/>
        <source>Klik untuk membuka tanggal ini di tampilan Harian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NipField</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="49"/>
        <source>18 digit, mis. 19860926 201505 1 001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="85"/>
        <source>NIP PNS atau NI PPPK, 18 digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="100"/>
        <source>laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="100"/>
        <source>perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="103"/>
        <source>PNS • lahir {born} • TMT CPNS {tmt} • {sex} • nomor urut {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="107"/>
        <source>PPPK • lahir {born} • diangkat {year} • kode {code} • {sex} • nomor urut {seq}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="279"/>
        <source>Frasa sandi tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="282"/>
        <source>Absensi membuat kunci tanda tangan untuk ringkasan bulanan Anda. Frasa sandi melindungi kunci itu: paling sedikit {n} karakter, tidak disimpan di mana pun, dan tidak bisa dipulihkan bila lupa (hanya bisa diganti dengan kunci baru).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="293"/>
        <source>mis. sebuah kalimat pendek yang mudah Anda ingat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="294"/>
        <source>Buat &amp;nanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="296"/>
        <source>Sampai kunci dibuat (Pengaturan › Kunci tanda tangan), ringkasan hanya bisa diekspor tanpa tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="300"/>
        <source>&amp;Frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="301"/>
        <source>&amp;Ulangi frasa sandi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="117"/>
        <source>Nama lengkap dengan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="119"/>
        <source>PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="120"/>
        <source>PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="126"/>
        <source>mis. Analis Kebijakan Ahli Muda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="128"/>
        <source>mis. Bagian Perencanaan dan Keuangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="130"/>
        <source>mis. Dinas Komunikasi dan Informatika Kabupaten ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="136"/>
        <source>Identitas pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="138"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="139"/>
        <source>&amp;Jenis ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="140"/>
        <source>NI&amp;P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="141"/>
        <source>Pang&amp;kat/Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="142"/>
        <source>&amp;Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="143"/>
        <source>&amp;Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="144"/>
        <source>&amp;Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="145"/>
        <source>Pejabat Penilai Kinerja (atasan langsung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="147"/>
        <source>Nam&amp;a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="148"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecapModel</name>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="71"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="71"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="71"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="71"/>
        <source>Bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="71"/>
        <source>Revisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="72"/>
        <source>Jam tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="72"/>
        <source>Jam target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="72"/>
        <source>Kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="72"/>
        <source>Kantor lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="73"/>
        <source>Rumah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="73"/>
        <source>Lokasi lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="73"/>
        <source>Dinas Luar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="73"/>
        <source>Hari kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="74"/>
        <source>Capaian RHK (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="74"/>
        <source>Persetujuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="74"/>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="74"/>
        <source>Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="75"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="96"/>
        <source>Sah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="97"/>
        <source>TIDAK SAH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="98"/>
        <source>Tanpa tanda tangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="99"/>
        <source>Tidak terbaca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="100"/>
        <source>Penanda tangan belum dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="101"/>
        <source>Bulan tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="106"/>
        <source>Disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="108"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="110"/>
        <source>Menunggu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecapWindow</name>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="231"/>
        <location filename="../../src/absensi_app/views/recap_window.py" line="358"/>
        <location filename="../../src/absensi_app/views/recap_window.py" line="435"/>
        <source>Rekap tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="234"/>
        <source>Rekap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="237"/>
        <source>Pilih folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="240"/>
        <source>Periksa ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="243"/>
        <source>Ekspor XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="245"/>
        <source>Sertifikat tepercaya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="251"/>
        <source>Pilih folder berisi ringkasan PDF dari staf Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="263"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="276"/>
        <source>Ada perubahan sejak folder ini diperiksa (sertifikat tepercaya atau berkas baru): pilih Periksa ulang untuk memperbarui rekap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="281"/>
        <source>Hanya yang bermasalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="319"/>
        <source>Baris merah: berkas tidak sah, tidak terbaca, atau bertanda tangan sertifikat lain untuk NIP yang sudah dikenal (mungkin palsu). Kuning: penanda tangan belum dikenal atau bulan yang tidak ada. Klik dua kali sebuah baris untuk memeriksa berkasnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="451"/>
        <source>{n} berkas: {ok} sah, {bad} tidak sah atau tidak terbaca, {conflict} bersertifikat lain untuk NIP yang dikenal, {unknown} penanda tangan belum dikenal; {missing} bulan tidak ada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="344"/>
        <source>Pilih folder ringkasan staf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="370"/>
        <source>Folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="373"/>
        <source>%v / %m berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="373"/>
        <source>tidak ada PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="377"/>
        <source>Memeriksa {n} berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="391"/>
        <source>Menghentikan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="425"/>
        <source>Dihentikan. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="433"/>
        <source>Folder tidak bisa diperiksa sampai selesai: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="464"/>
        <source>(tidak ada berkas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="493"/>
        <source>Tidak ada berkas untuk {month} dari {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="530"/>
        <location filename="../../src/absensi_app/views/recap_window.py" line="539"/>
        <location filename="../../src/absensi_app/views/recap_window.py" line="542"/>
        <source>Ekspor rekap tim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="530"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="543"/>
        <source>Berkas &apos;{p}&apos; tidak bisa ditulis: {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/recap_window.py" line="546"/>
        <source>Rekap ditulis ke {p}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkForm</name>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="349"/>
        <source>RHK utama berasal dari tugas jabatan; RHK tambahan dari penugasan lain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="350"/>
        <source>mis. Tersusunnya laporan capaian kinerja bidang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="351"/>
        <source>mis. Jumlah laporan capaian kinerja yang disusun tepat waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="358"/>
        <source>satuan, mis. laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="361"/>
        <source>mis. 100% diterima pimpinan tanpa revisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="364"/>
        <source>mis. 12 bulan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="367"/>
        <source>RHK Pejabat Penilai Kinerja yang didukung (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="373"/>
        <source>Simpan RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="374"/>
        <source>Simpan RHK ini (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="375"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="376"/>
        <source>Kembali ke daftar RHK tanpa menyimpan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="383"/>
        <source>Kualit&amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="385"/>
        <source>&amp;Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="403"/>
        <source>&amp;Jenis RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="404"/>
        <source>&amp;Rencana Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="405"/>
        <source>&amp;Indikator Kinerja
Individu (IKI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="406"/>
        <source>&amp;Target kuantitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="407"/>
        <source>RHK atasan yang
&amp;diintervensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="412"/>
        <source>Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="469"/>
        <source>Ubah RHK – {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="471"/>
        <source>RHK baru – {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="482"/>
        <source>12 bulan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhkRow</name>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="602"/>
        <source>Indikator: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="609"/>
        <source>seharusnya s.d. hari ini: {due} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="613"/>
        <source>{n} kegiatan tertaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="621"/>
        <source>Bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="642"/>
        <source>{realized} / {target} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/dashboard.py" line="648"/>
        <source>tanpa target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="209"/>
        <source>Jadwal kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="211"/>
        <source>Sen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="212"/>
        <source>Sel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="213"/>
        <source>Rab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="214"/>
        <source>Kam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="215"/>
        <source>Jum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="216"/>
        <source>Sab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="217"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="230"/>
        <source> jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="232"/>
        <source>Kembalikan ke Perpres 21/2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="234"/>
        <source>Hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="235"/>
        <source>Jam mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="239"/>
        <source>Jam kerja seminggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="268"/>
        <source>pilih hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="271"/>
        <source>= {h} j {m:02d} m per hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="350"/>
        <source>Selamat datang di Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="350"/>
        <source>Profil dan jadwal kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="353"/>
        <source>Isi identitas Anda sekali saja. Data ini muncul di laporan bulanan yang Anda kirim ke Pejabat Penilai Kinerja. Semua data tersimpan di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="357"/>
        <source>Perubahan profil berlaku untuk laporan berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="375"/>
        <source>Simpan dan mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="375"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="378"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="382"/>
        <source>Coba dengan data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="385"/>
        <source>Isi bulan ini dengan profil dan kegiatan contoh agar Anda bisa melihat cara kerja aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="473"/>
        <source>Profil tersimpan, tetapi kunci tanda tangan tidak bisa dibuat: {reason} Coba lagi, atau pilih “Buat nanti” dan buat kunci lewat Pengaturan › Kunci tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerPanel</name>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="483"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="483"/>
        <source>Pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="490"/>
        <source>Waktu menurut komputer penanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="492"/>
        <source>Ya, tidak berubah sejak ditandatangani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="494"/>
        <source>TIDAK: tanda tangan rusak atau berkas diubah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="496"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="497"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="498"/>
        <source>Waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="499"/>
        <source>Utuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="500"/>
        <source>Sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="508"/>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="538"/>
        <source>Sidik jari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="514"/>
        <source>Sertifikat yang sudah Anda percayai untuk NIP ini:
{known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="519"/>
        <source>Cocokkan sidik jari ini dengan pegawai (mis. lewat telepon: ia membacanya di Absensi › Kunci tanda tangan). Percayai hanya bila semuanya sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="522"/>
        <source>Cocokkan sidik jari ini dengan pejabat penilai Anda (mis. lewat telepon: ia membacanya di Absensi › Kunci tanda tangan). Percayai hanya bila semuanya sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="528"/>
        <source>Percayai sertifikat ini…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="542"/>
        <source>Sertifikat Anda sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="544"/>
        <source>Dipercaya, tercatat sebagai {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="546"/>
        <source>BERBEDA dari sertifikat yang Anda percayai untuk NIP ini. Bisa jadi dipalsukan: hubungi pegawai sebelum berbuat apa pun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="549"/>
        <source>Belum dikenal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkpDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="86"/>
        <source>Utama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="86"/>
        <source>Tambahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="116"/>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="125"/>
        <source>Triwulan {roman}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="541"/>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="768"/>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="866"/>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1073"/>
        <source>Rencana SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="547"/>
        <source>(belum ada periode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="548"/>
        <source>&amp;Periode SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="552"/>
        <source>Periode baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="553"/>
        <source>Buat periode SKP untuk satu tahun atau untuk tanggal tertentu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="559"/>
        <source>Hapus periode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="560"/>
        <source>Hapus periode terpilih beserta semua RHK-nya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="564"/>
        <source>Periode SKP baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="565"/>
        <source>Satu &amp;tahun penuh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="566"/>
        <source>Tanggal &amp;tertentu (mis. pindah jabatan di tengah tahun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="585"/>
        <source>nama periode (boleh kosong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="586"/>
        <source>Buat periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="587"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="601"/>
        <source>s.d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="618"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="619"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="620"/>
        <source>Rencana Hasil Kerja (RHK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="621"/>
        <source>Indikator Kinerja Individu (IKI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="622"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="640"/>
        <source>+ &amp;Tambah RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="641"/>
        <source>&amp;Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="642"/>
        <source>&amp;Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="643"/>
        <source>▲ &amp;Naik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="644"/>
        <source>▼ T&amp;urun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="645"/>
        <source>Ubah RHK terpilih (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="646"/>
        <source>Hapus RHK terpilih (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="647"/>
        <source>Pindahkan RHK terpilih ke atas (Alt+Atas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="648"/>
        <source>Pindahkan RHK terpilih ke bawah (Alt+Bawah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="656"/>
        <source>Catatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="657"/>
        <source>Target di sini dipakai untuk memantau capaian dari kegiatan harian yang ditautkan ke RHK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="678"/>
        <source>&amp;Impor rencana…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="679"/>
        <source>Baca rencana SKP dari berkas JSON ke tahun periode yang dipilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="680"/>
        <source>&amp;Ekspor rencana…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="681"/>
        <source>Simpan rencana periode ini sebagai berkas JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="685"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="792"/>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="800"/>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="805"/>
        <source>Hapus periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="794"/>
        <source>Hapus {title} beserta {n} RHK-nya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="797"/>
        <source>{n} kegiatan yang tertaut akan kehilangan tautannya (kegiatannya sendiri tetap tersimpan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="799"/>
        <source>Penghapusan tidak bisa diurungkan; ekspor rencananya dulu bila ingin menyimpannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="808"/>
        <source>{title} dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="854"/>
        <source>Periode {title} siap. Tambahkan RHK-nya dengan “Tambah RHK” atau impor rencana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="883"/>
        <source>Belum ada periode SKP. Buat periode (biasanya satu tahun penuh), lalu tambahkan RHK atau impor rencana dari berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="887"/>
        <source>{first} s.d. {last} • {count} RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="892"/>
        <source>Periode ini belum memiliki RHK. Tambahkan RHK dari SKP Anda, atau impor rencana dari berkas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="911"/>
        <source>Kualitas: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="913"/>
        <source>Waktu: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="915"/>
        <source>Mendukung RHK atasan: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="917"/>
        <source>{n} Rencana Aksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="986"/>
        <source>Rencana Aksi baris {n}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="993"/>
        <source>RHK ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="996"/>
        <source>Perubahan RHK disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1008"/>
        <source>Batalkan perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1008"/>
        <source>Perubahan pada RHK ini belum disimpan. Buang perubahan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1038"/>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1048"/>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1054"/>
        <source>Hapus RHK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1041"/>
        <source>{n} kegiatan yang tertaut ke RHK ini akan kehilangan tautannya (kegiatannya sendiri tetap tersimpan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1043"/>
        <source>Belum ada kegiatan yang tertaut ke RHK ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1045"/>
        <source>Hapus RHK “{name}” beserta {actions} Rencana Aksi-nya?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1047"/>
        <source>Penghapusan tidak bisa diurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1061"/>
        <source>RHK dihapus; {n} kegiatan tidak lagi tertaut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1061"/>
        <source>RHK dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1079"/>
        <source>Impor rencana SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1080"/>
        <source>Rencana SKP (*.json);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1108"/>
        <source>Periode {title} sudah berisi {count} RHK. Ganti dengan rencana dari berkas ({incoming} RHK)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1111"/>
        <source>RHK yang namanya sama diperbarui dan kegiatannya tetap tertaut. RHK lain dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1114"/>
        <source>{n} kegiatan akan kehilangan tautan ke RHK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1126"/>
        <source>{n} RHK diimpor ke {title} dari {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1139"/>
        <source>Berkas “{name}” tidak bisa dibaca. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1149"/>
        <source>Berkas “{name}” bukan berkas JSON yang bisa dibaca. Pilih berkas rencana SKP (.json) yang diekspor dari Absensi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1157"/>
        <source>Ekspor rencana SKP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1163"/>
        <source>Rencana SKP (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1175"/>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1185"/>
        <source>Berkas “{name}” tidak bisa disimpan ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/skp_dialog.py" line="1188"/>
        <source>Rencana {title} disimpan ke {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryViewer</name>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="600"/>
        <source>Periksa ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="605"/>
        <source>Ringkasan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="608"/>
        <source>Buka berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="611"/>
        <source>Sertifikat tepercaya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="613"/>
        <source>Sesuai lebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="615"/>
        <source>Perkecil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="618"/>
        <source>Perbesar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="650"/>
        <source>Tetap tampilkan halamannya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="651"/>
        <source>Isinya tidak bisa dipercaya; hanya untuk melihat berkas apa ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="689"/>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1022"/>
        <source>Keputusan pejabat penilai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="693"/>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1075"/>
        <source>Isi ringkasan (dari data yang ditandatangani)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="699"/>
        <source>Setujui…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="701"/>
        <source>Kembalikan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="703"/>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1283"/>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1288"/>
        <source>Terapkan keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="759"/>
        <source>Buka ringkasan bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="759"/>
        <source>PDF (*.pdf);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="782"/>
        <source>ringkasan.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="831"/>
        <source>Hanya berkas pertama yang dibuka ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="851"/>
        <source>Belum ada berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="852"/>
        <source>Seret berkas PDF ringkasan bulanan ke jendela ini, atau pilih Buka berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="859"/>
        <source>Belum ada berkas yang dibuka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="882"/>
        <source>Periksa ringkasan — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="885"/>
        <source>Berkas: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="903"/>
        <source>Berkas ini tidak bisa ditampilkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="916"/>
        <source>Halaman berkas ini tidak bisa ditampilkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="919"/>
        <source>{n} halaman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="923"/>
        <source>Halaman berkas ini disembunyikan karena isinya tidak bisa dipastikan asli. Minta pegawai mengirim ulang ringkasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="932"/>
        <source>AWAS: ditandatangani dengan sertifikat yang berbeda dari yang Anda percayai. Halaman ini bisa palsu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="935"/>
        <source>Sertifikat pejabat penilai belum dikenal: cocokkan dulu sebelum mempercayai keputusannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="938"/>
        <source>Penanda tangan belum dikenal: cocokkan dulu sebelum mempercayai halaman ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="962"/>
        <source>BERKAS TIDAK SAH: halaman di bawah ini tidak bisa dijadikan pegangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="970"/>
        <source>Bulan: {month}, revisi {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="982"/>
        <source>Setelah ditandatangani: tidak ada perubahan selain tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="986"/>
        <source>Setelah ditandatangani: ADA perubahan lain selain tanda tangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="995"/>
        <source>Data tidak cocok:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1024"/>
        <source>Keputusan pejabat penilai (sertifikatnya belum dikenal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1026"/>
        <source>DISETUJUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1028"/>
        <source>DIKEMBALIKAN untuk diperbaiki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1030"/>
        <source>tidak dikenal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1031"/>
        <source>Keputusan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1034"/>
        <source>Oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1036"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1039"/>
        <source>Hasil Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1040"/>
        <source>Perilaku Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1045"/>
        <source>Predikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1047"/>
        <source>Penilaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1047"/>
        <source>tidak diberikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1057"/>
        <source>Berkas ini bukan ringkasan yang bisa dibaca, jadi tidak ada isi yang bisa ditampilkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1060"/>
        <source>Isi berkas tidak ditampilkan: tanpa tanda tangan elektronik, tidak bisa dipastikan siapa yang membuatnya dan apakah isinya asli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1063"/>
        <source>Isi berkas tidak ditampilkan karena keasliannya tidak bisa dipastikan. Angka dan halaman di dalamnya jangan dijadikan pegangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1073"/>
        <source>Isi ringkasan (belum pasti dari pegawai ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1081"/>
        <source>Data ringkasan tidak lengkap; lihat halamannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1090"/>
        <source>Pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1097"/>
        <source>{done} dari target {target} ({pct}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1102"/>
        <source>Jam tercatat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1105"/>
        <source>Hari kerja terisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1106"/>
        <source>{logged} dari {working} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1110"/>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1115"/>
        <source>Hari kosong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1111"/>
        <source>{n} hari tanpa catatan dan tanpa keterangan: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1115"/>
        <source>tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1122"/>
        <source>{where}: {time} ({days} hari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1125"/>
        <source>Lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1136"/>
        <source>tanpa target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1139"/>
        <source>Capaian RHK bulan ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1140"/>
        <source>Capaian RHK adalah catatan pegawai sendiri, bukan predikat resmi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1148"/>
        <source>Diekspor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1165"/>
        <source>Keputusan ini sudah diterapkan pada data Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1178"/>
        <source>Jangan beri keputusan sebelum pegawai memastikan bahwa sertifikat ini miliknya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1181"/>
        <source>Cocokkan dan percayai sertifikat pegawai dulu; setelah itu ringkasan bisa disetujui atau dikembalikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1187"/>
        <source>Isi profil Anda dulu (Pengaturan › Profil) untuk memberi keputusan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1189"/>
        <source>Ringkasan ini ditujukan kepada {name} (NIP {nip}) sebagai pejabat penilai, bukan kepada Anda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1223"/>
        <source>disetujui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1223"/>
        <source>dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1225"/>
        <source>Ringkasan {word} dan disimpan ke {path}. Kirim berkas ini kembali ke pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1235"/>
        <source>Percayai sertifikat {name} (NIP {nip})?

Sidik jari:
{fp}

Telepon atau temui pegawai itu dan minta ia membacakan sidik jari dari aplikasinya (Kunci tanda tangan). Percayai hanya bila semua huruf dan angkanya sama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1241"/>
        <source>PERHATIAN: Anda sudah mempercayai sertifikat LAIN untuk NIP ini. Percayai yang baru hanya bila pegawai memastikan bahwa ia memang membuat kunci baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1244"/>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1249"/>
        <source>Percayai sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1251"/>
        <source>Sertifikat {name} (NIP {nip}) sekarang Anda percayai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1266"/>
        <source>Terapkan persetujuan untuk {month}? Bulan itu akan terkunci permanen: catatannya tidak bisa diubah lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1269"/>
        <source>Terapkan pengembalian untuk {month}? Bulan itu dibuka lagi supaya bisa Anda perbaiki dan ekspor ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1277"/>
        <source>Sertifikat pejabat penilai {name} (NIP {nip}) belum Anda percayai. Cocokkan sidik jarinya dengannya (mis. lewat telepon) sebelum melanjutkan:

{fp}

Bila sama, sertifikat itu dipercaya dan keputusan diterapkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1292"/>
        <source>{month} revisi {revision} DISETUJUI oleh {who}. Bulan itu sekarang terkunci permanen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/summary_viewer.py" line="1297"/>
        <source>{month} DIKEMBALIKAN oleh {who} untuk diperbaiki. Bulan itu dibuka lagi; setelah diperbaiki, ekspor ulang ringkasannya.

Catatan: {note}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="44"/>
        <source>Sertifikat tepercaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="48"/>
        <source>Ringkasan yang ditandatangani dengan sertifikat di daftar ini langsung dinyatakan sah. Tambahkan sertifikat dari berkas .cer yang dikirim pegawai (Absensi › Kunci tanda tangan › Ekspor sertifikat), atau langsung dari ringkasan yang Anda buka, setelah sidik jarinya dicocokkan dengan pegawai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="57"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="57"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="57"/>
        <source>Sidik jari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="57"/>
        <source>Ditambahkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="71"/>
        <source>Belum ada sertifikat tepercaya. Impor berkas sertifikat dari pegawai, atau percayai sertifikat saat membuka ringkasannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="85"/>
        <source>Impor sertifikat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="87"/>
        <source>Ganti nama…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="89"/>
        <source>Hapus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="91"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="125"/>
        <source>Klik dua kali untuk mengganti nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="153"/>
        <source>Sidik jari SHA-256 {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="166"/>
        <source>Impor sertifikat pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="167"/>
        <source>Sertifikat (*.cer *.crt *.pem *.der);;Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="171"/>
        <source>Impor sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="184"/>
        <source>Sertifikat {name} (NIP {nip}) sudah ada di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="189"/>
        <source>Percayai sertifikat {name} (NIP {nip})?

Sidik jari:
{fp}

Cocokkan sidik jari ini dengan pegawai (mis. lewat telepon) sebelum mempercayainya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="195"/>
        <source>PERHATIAN: NIP {nip} sudah punya {n} sertifikat tepercaya lain. Tambahkan hanya bila pegawai memastikan ia membuat kunci baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="205"/>
        <source>Dipercaya: {name} (NIP {nip}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="215"/>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="226"/>
        <source>Ganti nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="216"/>
        <source>Nama yang ditampilkan untuk sertifikat NIP {nip}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="229"/>
        <source>Nama diganti: {name} (NIP {nip}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="251"/>
        <source>Hapus {name} (NIP {nip}) dari sertifikat tepercaya?

Sidik jari:
{fp}

Ringkasan yang ditandatangani dengan sertifikat ini akan dinyatakan “penanda tangan belum dikenal”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="254"/>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="259"/>
        <source>Hapus sertifikat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/trust_dialog.py" line="262"/>
        <source>Tidak lagi dipercaya: {name} (NIP {nip}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/absensi_app/app.py" line="269"/>
        <source>Data contoh dimuat untuk bulan ini. Ubah profil lewat Pengaturan › Profil dan jadwal kerja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
