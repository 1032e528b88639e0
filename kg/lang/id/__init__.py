"""Indonesian language data: constants only, no logic (see STYLE.md habit 3)."""
