"""Panels shown over a screen: the PIN pad, the staff panel, a website, Take home, a medical word."""
