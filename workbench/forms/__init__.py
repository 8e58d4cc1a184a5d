"""WTForms classes: they check shape; services check permission and uniqueness."""
