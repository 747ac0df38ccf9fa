"""Every modal question the app asks goes through here, so tests can answer them."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No
    )
    return answer == QMessageBox.Yes


def choice_box(
    parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], detail: str = ""
) -> tuple[QMessageBox, dict[object, str]]:
    """The box :func:`choose` shows (built, not shown): one button per ``(key, label)``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    from PySide6.QtWidgets import QLabel

    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):  # long sentences: not a narrow column
        label = box.findChild(QLabel, name)
        if label is not None:
            label.setMinimumWidth(560)
    keys: dict[object, str] = {}
    for i, (key, label) in enumerate(choices):
        button = box.addButton(label, QMessageBox.AcceptRole if i == 0 else QMessageBox.ActionRole)
        keys[button] = key
        if i == 0:
            box.setDefaultButton(button)
    return box, keys


def choose(
    parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]], detail: str = ""
) -> str | None:
    """One question answered by one of several buttons; returns the chosen key, None when closed."""
    box, keys = choice_box(parent, title, text, choices, detail)
    box.exec()
    return keys.get(box.clickedButton())


def open_file(parent: QWidget | None, title: str, filters: str = "") -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str = "") -> str | None:
    """Ask where to save; ``suggested`` is the proposed file name (or path)."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, e.g. the reason for unlocking a month; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLabel

    from PySide6.QtCore import QCoreApplication

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setOkButtonText(QCoreApplication.translate("Prompts", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("Prompts", "Batal"))
    for child in dialog.findChildren(QLabel):
        child.setWordWrap(True)
        child.setMinimumWidth(420)  # a word-wrapped label would squeeze the dialog narrow
    return dialog.textValue() if dialog.exec() else None


def ask_secret(parent: QWidget | None, title: str, label: str) -> str | None:
    """A passphrase, typed hidden; None when cancelled."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.Password)
    dialog.setOkButtonText(QCoreApplication.translate("Prompts", "Buka"))
    dialog.setCancelButtonText(QCoreApplication.translate("Prompts", "Batal"))
    for child in dialog.findChildren(QLabel):
        child.setWordWrap(True)
        child.setMinimumWidth(420)  # a word-wrapped label would squeeze the dialog narrow
    return dialog.textValue() if dialog.exec() else None


def show_folder(parent: QWidget | None, folder: str) -> None:
    """Open ``folder`` in the system's file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def open_folder(parent: QWidget | None, title: str) -> str | None:
    """Choose an existing folder (e.g. the staff summaries for the team recap); None = cancelled."""
    path = QFileDialog.getExistingDirectory(parent, title, "")
    return path or None
