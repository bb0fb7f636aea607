"""The visit editor: one window per visit with its tabs (books, attendance, minutes, history,
and the office's review), saving every change as it is made, with undo."""
