"""Follow-up: the web app. `streamlit run streamlit_app.py` (or `make run`), http://localhost:8501."""

import streamlit as st

st.set_page_config(page_title="Follow-up", page_icon="✉️", layout="wide",
                   initial_sidebar_state="auto")

# A job-seeker sees Draft and Dashboard; prompt evaluations sit apart, under "Developer".
page = st.navigation({
    "": [
        st.Page("app_pages/draft.py", title="Draft a follow-up", icon=":material/edit_note:",
                default=True),
        st.Page("app_pages/dashboard.py", title="Dashboard", icon=":material/dashboard:",
                url_path="dashboard"),
    ],
    "Developer": [
        st.Page("app_pages/evaluations.py", title="Evaluations (prompt tests)",
                icon=":material/analytics:", url_path="evaluations"),
    ],
})
page.run()
