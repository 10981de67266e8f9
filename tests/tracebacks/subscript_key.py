values = {"k": 1}
result = [1, 2, 3][1] + values["missing"]
