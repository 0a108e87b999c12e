"""Small reusable widgets: cards, the bar, the keyboard, the letter row, the scrolling column, icons."""
