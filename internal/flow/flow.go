// Package flow answers control-flow questions within one function body, on the
// go/cfg graph: must every path to b pass through a (dominance), and can b run after
// a (reachability). Graphs are built lazily, per function, and only for functions
// where an analyzer has a question to ask.
package flow

import (
	"go/ast"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
)

// Graphs builds and caches the control-flow graphs of functions. Make one per pass.
type Graphs struct {
	m map[ast.Node]*cfg.CFG
}

// Of returns the graph of the function declaration or literal at fn, or nil.
func (g *Graphs) Of(fn inspector.Cursor) *cfg.CFG {
	if !fn.Valid() {
		return nil
	}
	if c, ok := g.m[fn.Node()]; ok {
		return c
	}
	var body *ast.BlockStmt
	switch n := fn.Node().(type) {
	case *ast.FuncDecl:
		body = n.Body
	case *ast.FuncLit:
		body = n.Body
	}
	var c *cfg.CFG
	if body != nil {
		c = cfg.New(body, func(*ast.CallExpr) bool { return true })
	}
	if g.m == nil {
		g.m = make(map[ast.Node]*cfg.CFG)
	}
	g.m[fn.Node()] = c
	return c
}

// Dominates reports whether every path from the entry of g to b passes through a.
// a and b must be nodes of g's function, outside nested function literals.
func Dominates(g *cfg.CFG, a, b ast.Node) bool {
	ba, ia := blockOf(g, a)
	bb, ib := blockOf(g, b)
	if ba == nil || bb == nil || !bb.Live {
		return false
	}
	if ba == bb {
		return ia < ib || (ia == ib && a.End() <= b.Pos())
	}
	// b is dominated by a's block if b cannot be reached from the entry without it.
	return !search(g.Blocks[0], bb, ba)
}

// Reaches reports whether b can execute after a: a path leads from a to b.
func Reaches(g *cfg.CFG, a, b ast.Node) bool {
	ba, ia := blockOf(g, a)
	bb, ib := blockOf(g, b)
	if ba == nil || bb == nil {
		return false
	}
	if ba == bb && (ia < ib || (ia == ib && a.End() <= b.Pos())) {
		return true
	}
	for _, s := range ba.Succs {
		if search(s, bb, nil) {
			return true
		}
	}
	return false
}

// search reports whether to can be reached from from without passing through avoid.
func search(from, to, avoid *cfg.Block) bool {
	seen := map[*cfg.Block]bool{}
	if avoid != nil {
		seen[avoid] = true
	}
	stack := []*cfg.Block{from}
	for len(stack) > 0 {
		blk := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[blk] {
			continue
		}
		if blk == to {
			return true
		}
		seen[blk] = true
		stack = append(stack, blk.Succs...)
	}
	return false
}

// blockOf returns the block whose node contains n, and the node's index.
func blockOf(g *cfg.CFG, n ast.Node) (*cfg.Block, int) {
	for _, b := range g.Blocks {
		for i, node := range b.Nodes {
			if node.Pos() <= n.Pos() && n.End() <= node.End() {
				return b, i
			}
		}
	}
	return nil, 0
}
