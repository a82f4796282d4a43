"""Follow-up: the web app. `make run` serves it on http://127.0.0.1:8501 (this machine only)."""

import streamlit as st

from assistant.app.serving import network_warning


@st.cache_resource(show_spinner=False)
def _warm_reader() -> bool:
    """Once per server: load the notes reader's data in the background, off the first paste."""
    import threading

    def warm() -> None:
        from assistant.app.actions import warm_up

        warm_up()  # the notes reader's data, then one offline draft checked and scored

    # after the first page is on screen (a person takes longer than that to paste notes)
    timer = threading.Timer(4.0, warm)
    timer.daemon = True
    timer.start()
    return True


_warm_reader()

st.set_page_config(
    page_title="Follow-up", page_icon=":material/mail:", layout="wide", initial_sidebar_state="auto"
)

exposed = network_warning(st.get_option("server.address"))
if exposed:
    st.warning(exposed, icon=":material/public:")

# A job-seeker sees Draft and Dashboard; prompt evaluations sit apart, under "Developer".
page = st.navigation(
    {
        "": [
            st.Page(
                "app_pages/draft.py",
                title="Draft a follow-up",
                icon=":material/edit_note:",
                default=True,
            ),
            st.Page(
                "app_pages/dashboard.py",
                title="Dashboard",
                icon=":material/dashboard:",
                url_path="dashboard",
            ),
        ],
        "Developer": [
            st.Page(
                "app_pages/evaluations.py",
                title="Evaluations (prompt tests)",
                icon=":material/analytics:",
                url_path="evaluations",
            ),
        ],
    }
)
page.run()
