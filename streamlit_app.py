"""Follow-up: the web app. `make run` serves it on http://127.0.0.1:8501 (this machine only)."""

import streamlit as st

from assistant.serving import network_warning

st.set_page_config(page_title="Follow-up", page_icon="✉️", layout="wide",
                   initial_sidebar_state="auto")

exposed = network_warning(st.get_option("server.address"))
if exposed:
    st.warning(exposed, icon=":material/public:")

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
