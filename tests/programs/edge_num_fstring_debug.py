x = 3.5
name = "ab"
items = [1, 2]
print(f"{x = !r:>10}|")
print(f"{ x=}|{x =}|{x= }|")
print(f"{x+1 = }|{x*2=:.3f}|{name=!s}|{name = !a}")
print(f"{items[0]=}, {len(items)=}, {items=}")
print(f"{'lit'=}", f"{1 + 1=}", f"{x  =  :>8}|")
print(f"{name=:*^8}")
print(f"{(x, name)=}")
