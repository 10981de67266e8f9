[].apend(1)
