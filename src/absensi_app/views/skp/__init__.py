"""The SKP plan editor: the dialog, its tables and forms, plan files, and its Qt-free state (skp_editing)."""
