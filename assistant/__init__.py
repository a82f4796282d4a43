"""Follow-up: interview follow-up email assistant."""
