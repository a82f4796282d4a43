"""Notes the page tests share: one interview, with a name, a role, and three details."""

NOTES = """Interview with Priya Raman (Engineering Manager) at Northwind Labs on Nov 26
Role: Senior Backend Engineer
Me: Sam Carter
- talked about migrating their billing service from Rails to Go
- she mentioned the team ships weekly and uses feature flags
- both of us like rock climbing
"""
