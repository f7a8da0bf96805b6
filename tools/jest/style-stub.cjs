// Stands in for stylesheets and static assets imported by components under jest.
module.exports = {};
