"""Light, dark or the system's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#262626",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#333333",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#2f6fb2",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#333333",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    QPalette.ColorRole.Link: "#6aa9ff",
}
# Disabled texts: dimmer than enabled ones (so a disabled Undo looks disabled), still >= 3:1.
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#8c8c8c",
    QPalette.ColorRole.Text: "#8c8c8c",
    QPalette.ColorRole.ButtonText: "#8c8c8c",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c",
    QPalette.ColorRole.HighlightedText: "#d0d0d0",
    QPalette.ColorRole.Highlight: "#3a4a5c",
}
# Fusion's light palette, with the roles that fall short of WCAG AA made darker.
_LIGHT = {
    QPalette.ColorRole.Highlight: "#1f63a8",
    QPalette.ColorRole.PlaceholderText: "#666666",
}
_LIGHT_DISABLED = {
    QPalette.ColorRole.WindowText: "#7a7a7a",
    QPalette.ColorRole.Text: "#7a7a7a",
    QPalette.ColorRole.ButtonText: "#7a7a7a",
    QPalette.ColorRole.PlaceholderText: "#7a7a7a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Highlight: "#6f6f6f",
}
#: Text colours with a meaning, per scheme; each meets 4.5:1 on Window and Base.
STATUS_COLORS = {
    "light": {"error": "#b00020", "warning": "#8a5300", "success": "#1b6e20"},
    "dark": {"error": "#ff8a80", "warning": "#ffb74d", "success": "#81c784"},
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_color(name: str, palette: QPalette) -> str:
    """The ``error`` / ``warning`` / ``success`` text colour readable on ``palette``."""
    return STATUS_COLORS["dark" if is_dark(palette) else "light"][name]


def _palette(
    base: QPalette, active: dict[QPalette.ColorRole, str], disabled: dict[QPalette.ColorRole, str]
) -> QPalette:
    palette = QPalette(base)
    for role, color in active.items():
        palette.setColor(role, QColor(color))  # every group
    for role, color in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def theme_palette(app: QApplication, theme: str) -> QPalette:
    """The palette :func:`apply_theme` sets for ``light`` or ``dark`` (Fusion style)."""
    if theme == "dark":
        return _palette(QPalette(), _DARK, _DARK_DISABLED)
    return _palette(app.style().standardPalette(), _LIGHT, _LIGHT_DISABLED)


def apply_theme(app: QApplication, theme: str) -> None:
    """``system`` follows the desktop; ``light`` / ``dark`` force a scheme."""
    hints = QGuiApplication.styleHints()
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setStyle("Fusion")
        app.setPalette(theme_palette(app, "dark"))
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setStyle("Fusion")
        app.setPalette(theme_palette(app, "light"))
    else:
        hints.unsetColorScheme()
        app.setPalette(QPalette())
