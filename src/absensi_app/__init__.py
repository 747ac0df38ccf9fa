"""Absensi: pencatat kehadiran dan kegiatan harian ASN (PNS dan PPPK)."""

__version__ = "0.1.0"
APP_NAME = "Absensi"
