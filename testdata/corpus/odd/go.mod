module example.com/corpus/odd

go 1.26.0
