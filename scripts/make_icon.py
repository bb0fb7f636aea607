"""Draw the application icon: resources/icons/perut.png (256 px) and perut.ico (16–256 px).

    python scripts/make_icon.py

A green rounded square (the kecamatan's files) with a white "P" and a check mark; drawn with
Pillow and the shipped DejaVu font, so the icon can be remade without a drawing program.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
GREEN, DARK, WHITE, GOLD = (22, 120, 78), (12, 78, 50), (255, 255, 255), (246, 190, 38)


def draw(size: int = 1024) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    pad = size // 16
    d.rounded_rectangle((pad, pad, size - pad, size - pad), radius=size // 6, fill=GREEN, outline=DARK,
                        width=size // 40)
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"), int(size * 0.62))
    d.text((size * 0.44, size * 0.50), "P", font=font, fill=WHITE, anchor="mm")
    w = size // 14
    d.line([(size * 0.56, size * 0.70), (size * 0.67, size * 0.81), (size * 0.86, size * 0.56)], fill=GOLD,
           width=w, joint="curve")
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "perut.png", optimize=True)
    big.save(OUT / "perut.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(f"{OUT / 'perut.png'}, {OUT / 'perut.ico'}")


if __name__ == "__main__":
    main()
