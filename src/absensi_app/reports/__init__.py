"""Month summaries as files: the PDF (reportlab) and the e-Kinerja sheet / CSV. No Qt."""
