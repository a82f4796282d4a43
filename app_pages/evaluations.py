"""Evaluations page (placeholder: the evals work fills this in)."""

import streamlit as st

st.title("Evaluations")
st.info("Prompt evaluations will appear here.")
