"""Read aloud: a page as the words a person should hear (Qt-free); the voices live at the UI's edge."""

from kiosk.speech.text import Part, Utterance, digits, page_utterances, speakable

__all__ = ["Part", "Utterance", "digits", "page_utterances", "speakable"]
