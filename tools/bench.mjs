// `npm run bench`: benchmarks arrive with later work (see README, "Benchmarks").
console.log('No benchmarks yet: they arrive with later work (see README, "Benchmarks").');
