'use strict';
// The deploy rehearsal (scripts/rehearse-deploy.ts) runs offline and never stores credentials.
const unavailable = async () => {
  throw new Error('keytar stub: credentials are not available in the offline deploy rehearsal');
};
module.exports = { getPassword: unavailable, setPassword: unavailable, deletePassword: unavailable, findCredentials: unavailable, findPassword: unavailable };
