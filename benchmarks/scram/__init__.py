"""tocgraph against SCRAM, a C++ fault-tree analyser, on the same structures.

Margins and single points of failure are minimal cut sets seen from the other
side: a goal's margin is the order of its smallest cut set, and its critical
activities are the cut sets of order one. This package

- writes seeded fault trees in the Open-PSA MEF XML format that SCRAM reads
  (:mod:`benchmarks.scram.mef`), and reads simple coherent ones back;
- converts a fault tree to a ToC (:mod:`benchmarks.scram.convert`);
- times ``tocgraph check --json`` against ``scram`` and checks that the two
  answers agree (:mod:`benchmarks.scram.run`, ``python -m benchmarks.scram.run``).
"""
