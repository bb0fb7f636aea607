"""The pages of the window, one module each, in the order of the navigation list."""
