"""Language data: one folder per language, constants only (kg.lang.id: Indonesian)."""
