<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/absensi_app/app.py" line="47"/>
        <source>Terjadi kesalahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="48"/>
        <source>Terjadi kesalahan tak terduga: {error}

Data yang sudah disimpan tetap aman. Rinciannya tercatat di folder log aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/app.py" line="82"/>
        <source>Data tidak bisa dibuka: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="58"/>
        <source>Hanya durasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="59"/>
        <source>Catat lamanya saja, tanpa jam mulai dan selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="63"/>
        <source> menit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="71"/>
        <source>Uraian kegiatan, mis. Menyusun laporan capaian kinerja bulanan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="80"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="81"/>
        <source>Jumlah output; biarkan – bila tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="86"/>
        <source>satuan, mis. laporan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="88"/>
        <source>tautan bukti dukung (https://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="90"/>
        <source>Lampirkan berkas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="94"/>
        <source>Lepaskan berkas bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="99"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="101"/>
        <source>Simpan kegiatan (Ctrl+S atau Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="102"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="103"/>
        <source>Batalkan perubahan (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="114"/>
        <source>&amp;Lokasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="121"/>
        <source>&amp;Bukti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="135"/>
        <source>&amp;Jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="136"/>
        <source>&amp;Uraian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="137"/>
        <source>&amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="185"/>
        <source>Kegiatan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/entry_form.py" line="204"/>
        <source>Ubah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="109"/>
        <source>(durasi)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="143"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="596"/>
        <source>Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="161"/>
        <source>(belum diisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="168"/>
        <source>mis. nomor surat tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="170"/>
        <source>Status hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="172"/>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="173"/>
        <source>Jenis cuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="175"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="187"/>
        <source>Jumlah jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="265"/>
        <source>&amp;Urungkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="267"/>
        <source>Ula&amp;ngi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="271"/>
        <source>Kegiatan &amp;baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="272"/>
        <source>&amp;Simpan kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="273"/>
        <source>U&amp;bah kegiatan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="274"/>
        <source>&amp;Hapus kegiatan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="278"/>
        <source>Salin dari hari &amp;sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="279"/>
        <source>Hari se&amp;belumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="280"/>
        <source>Hari beri&amp;kutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="281"/>
        <source>Hari &amp;ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="282"/>
        <source>&amp;Pilih tanggal di kalender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="283"/>
        <source>&amp;Profil dan jadwal kerja…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="284"/>
        <source>Buka &amp;folder data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="285"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="286"/>
        <source>&amp;Pintasan keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="287"/>
        <source>&amp;Tentang Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="298"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="302"/>
        <source>&amp;Sunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="305"/>
        <source>&amp;Lihat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="308"/>
        <source>Pe&amp;ngaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="310"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="314"/>
        <source>Navigasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="318"/>
        <source>◀ Sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="319"/>
        <source>Berikutnya ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="320"/>
        <location filename="../../src/absensi_app/views/main_window.py" line="392"/>
        <source>Hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="324"/>
        <source>+ Kegiatan baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="358"/>
        <source>Tanggal ini belum terjadi. Kegiatan belum bisa dicatat, tetapi status hari (mis. cuti) bisa diisi di kiri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="360"/>
        <source>Belum ada kegiatan pada hari ini. Isi formulir di bawah, atau salin dari hari sebelumnya (Ctrl+Shift+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="387"/>
        <source>{weekday}, {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="394"/>
        <source>Libur nasional: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="396"/>
        <source>Bukan hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="423"/>
        <source>Tercatat &lt;b&gt;{total}&lt;/b&gt; dari target {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="431"/>
        <source>Tercatat &lt;b&gt;{total}&lt;/b&gt; (tidak ada target hari ini)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="436"/>
        <source>{month} {year}: {total} pada {days} hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="505"/>
        <source>Pilih dulu kegiatan di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="512"/>
        <source>Pilih dulu kegiatan yang akan dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="519"/>
        <source>hapus kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="521"/>
        <source>Kegiatan dihapus. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="533"/>
        <source>ubah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="534"/>
        <source>Perubahan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="537"/>
        <source>tambah kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="538"/>
        <source>Kegiatan disimpan. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="553"/>
        <source>Tidak bisa menyalin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="555"/>
        <source>salin dari hari sebelumnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="558"/>
        <source>{n} kegiatan disalin dari {day}. Tekan Ctrl+Z untuk mengurungkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="583"/>
        <source>ubah status hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="587"/>
        <source>Pilih berkas bukti dukung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="587"/>
        <source>Semua berkas (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="607"/>
        <source>Profil dan jadwal kerja disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="616"/>
        <source>Pindah ke kolom berikutnya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="617"/>
        <source>Batalkan pengisian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="636"/>
        <source>Pintasan keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="641"/>
        <source>Tentang Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/main_window.py" line="643"/>
        <source>&lt;b&gt;Absensi {version}&lt;/b&gt;&lt;br&gt;Catatan kehadiran dan kegiatan harian ASN.&lt;br&gt;Semua data tersimpan di komputer ini:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NipField</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="47"/>
        <source>18 digit, mis. 19860926 201505 1 001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="83"/>
        <source>NIP PNS atau NI PPPK, 18 digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="98"/>
        <source>laki-laki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="98"/>
        <source>perempuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="101"/>
        <source>PNS • lahir {born} • TMT CPNS {tmt} • {sex} • nomor urut {seq}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="105"/>
        <source>PPPK • lahir {born} • diangkat {year} • kode {code} • {sex} • nomor urut {seq}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="115"/>
        <source>Nama lengkap dengan gelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="117"/>
        <source>PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="118"/>
        <source>PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="124"/>
        <source>mis. Analis Kebijakan Ahli Muda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="126"/>
        <source>mis. Bagian Perencanaan dan Keuangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="128"/>
        <source>mis. Dinas Komunikasi dan Informatika Kabupaten ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="134"/>
        <source>Identitas pegawai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="136"/>
        <source>&amp;Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="137"/>
        <source>&amp;Jenis ASN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="138"/>
        <source>NI&amp;P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="139"/>
        <source>Pang&amp;kat/Golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="140"/>
        <source>&amp;Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="141"/>
        <source>&amp;Unit Kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="142"/>
        <source>&amp;Instansi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="143"/>
        <source>Pejabat Penilai Kinerja (atasan langsung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="145"/>
        <source>Nam&amp;a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="146"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleForm</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="207"/>
        <source>Jadwal kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="209"/>
        <source>Sen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="210"/>
        <source>Sel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="211"/>
        <source>Rab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="212"/>
        <source>Kam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="213"/>
        <source>Jum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="214"/>
        <source>Sab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="215"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="228"/>
        <source> jam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="230"/>
        <source>Kembalikan ke Perpres 21/2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="232"/>
        <source>Hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="233"/>
        <source>Jam mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="237"/>
        <source>Jam kerja seminggu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="266"/>
        <source>pilih hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="269"/>
        <source>= {h} j {m:02d} m per hari kerja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="288"/>
        <source>Selamat datang di Absensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="288"/>
        <source>Profil dan jadwal kerja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="291"/>
        <source>Isi identitas Anda sekali saja. Data ini muncul di laporan bulanan yang Anda kirim ke Pejabat Penilai Kinerja. Semua data tersimpan di komputer ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="295"/>
        <source>Perubahan profil berlaku untuk laporan berikutnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="310"/>
        <source>Simpan dan mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="310"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="313"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="317"/>
        <source>Coba dengan data contoh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/absensi_app/views/profile_form.py" line="320"/>
        <source>Isi bulan ini dengan profil dan kegiatan contoh agar Anda bisa melihat cara kerja aplikasi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/absensi_app/app.py" line="129"/>
        <source>Data contoh dimuat untuk bulan ini. Ubah profil lewat Pengaturan › Profil dan jadwal kerja.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
