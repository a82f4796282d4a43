"""Offline prompt evaluations: cases, variants and a runner scored by the product checker."""
