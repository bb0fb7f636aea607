"""Small rules of written Indonesian shared by the messages, the command line and the window.

Names here often end with an abbreviated degree ("Siti Rahmah, S.E.", "Noor Aida, A.Md."):
a sentence that ends with such a name takes no second full stop."""

from __future__ import annotations


def sentence(text: str) -> str:
    """``text`` ending with one full stop: "…oleh Siti Rahmah, S.E." not "…S.E..\""""
    return text if text.endswith(".") else f"{text}."
