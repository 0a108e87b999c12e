"""The services that drive Qt for the screens: speech, printing, idle reset, kiosk lock, search and background work."""
