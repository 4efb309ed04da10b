"""One colour per kg class, shared by the Gephi exports and the HTML view.

Colours are integer ``(r, g, b)`` triples, the form Gephi reads from GraphML ``r``/``g``/``b`` keys
and GEXF ``viz:color``. A subclass without its own colour takes its parent's (``class_chain``).
"""
from __future__ import annotations

from ..graphview import class_chain

# Okabe-Ito and Tableau hues: distinguishable for most colour-blind readers.
CLASS_COLORS: dict[str, tuple[int, int, int]] = {
    "Person": (0, 114, 178),          # blue
    "Minister": (86, 180, 233),       # sky blue
    "Country": (213, 94, 0),          # vermilion
    "Organization": (0, 158, 115),    # bluish green
    "MilitaryUnit": (102, 166, 30),   # green
    "Treaty": (204, 121, 167),        # reddish purple
    "TreatyArticle": (231, 138, 195),
    "Place": (230, 159, 0),           # orange
    "City": (240, 180, 60),
    "Island": (166, 118, 29),
    "WaterBody": (31, 119, 180),
    "Region": (188, 189, 34),
    "Weapon": (214, 39, 40),          # red
    "Event": (148, 103, 189),         # purple
    "Meeting": (117, 112, 179),
}
DEFAULT_COLOR: tuple[int, int, int] = (128, 128, 128)


def class_color(kg_class: str) -> tuple[int, int, int]:
    """The ``(r, g, b)`` of a kg class (local name), else of its nearest coloured ancestor, else grey."""
    for name in class_chain(kg_class):
        if name in CLASS_COLORS:
            return CLASS_COLORS[name]
    return DEFAULT_COLOR


def hex_color(kg_class: str) -> str:
    """``#rrggbb`` for a kg class (for HTML and CSS)."""
    return "#{:02x}{:02x}{:02x}".format(*class_color(kg_class))
