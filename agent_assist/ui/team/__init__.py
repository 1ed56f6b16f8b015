"""Small teams: who is working, switching, assignment, collisions, the audit trail."""
