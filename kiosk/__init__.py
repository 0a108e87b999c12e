"""Clinic Kiosk: offline, touch-friendly patient information for clinic waiting rooms."""

__version__ = "0.1.0"
