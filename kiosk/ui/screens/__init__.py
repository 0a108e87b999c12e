"""The screens a person moves between: Home, a page, search, the error screen, and the window that holds them."""
