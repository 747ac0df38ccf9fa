"""Signing keys, certificates and PAdES signatures (pyHanko). No Qt; heavy imports are lazy."""
