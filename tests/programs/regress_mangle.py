class E:
    __secret = 5
    def reveal(self):
        return self.__secret
print(E().reveal())
print(E._E__secret)
