try:
    raise ValueError from 3
except TypeError as e:
    print(e)
