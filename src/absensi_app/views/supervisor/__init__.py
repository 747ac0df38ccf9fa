"""The supervisor's rooms: the summary viewer (pages, verdict, decision), the team recap and the trust list."""
