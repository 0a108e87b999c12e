"""Looking after a fleet of kiosks from afar: what a kiosk reports (``kiosk status``, the heartbeat file) and
when it sleeps or restarts (``[schedule]``). Plain Python: no Qt, tested without a QApplication."""
