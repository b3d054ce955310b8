// A Confluent-protocol client outside the JVM, driven by dyadwatch's interoperability test.
//   node interop.js consume BROKERS REGISTRY TOPIC COUNT   prints {key, schemaId, value} per record, decoded
//   node interop.js produce BROKERS REGISTRY TOPIC FILE    encodes FILE's JSON value under the subject's latest id
//   node interop.js encode REGISTRY ID FILE                prints the hex wire bytes of FILE's value under ID
'use strict';
const fs = require('fs');
const { Kafka, logLevel } = require('kafkajs');
const { SchemaRegistry } = require('@kafkajs/confluent-schema-registry');

function kafka(brokers) {
  return new Kafka({ clientId: 'dyadwatch-interop', brokers: brokers.split(','), logLevel: logLevel.ERROR });
}

async function consume(brokers, registryUrl, topic, count) {
  const registry = new SchemaRegistry({ host: registryUrl });
  const consumer = kafka(brokers).consumer({ groupId: 'interop-' + Date.now() });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for ' + count + ' records')), 30000);
    consumer.run({
      eachMessage: async ({ message }) => {
        const value = await registry.decode(message.value);
        const schemaId = message.value.readInt32BE(1);
        process.stdout.write(JSON.stringify({ key: message.key.toString(), schemaId, value }) + '\n');
        seen += 1;
        if (seen >= count) {
          clearTimeout(timer);
          resolve();
        }
      },
    }).catch(reject);
  });
  await consumer.disconnect();
}

async function produce(brokers, registryUrl, topic, file) {
  const registry = new SchemaRegistry({ host: registryUrl });
  const value = JSON.parse(fs.readFileSync(file, 'utf8'));
  const id = await registry.getLatestSchemaId(topic + '-value');
  const producer = kafka(brokers).producer({ idempotent: true });
  await producer.connect();
  await producer.send({ topic, messages: [{ key: value.id, value: await registry.encode(id, value) }] });
  await producer.disconnect();
  process.stdout.write(JSON.stringify({ schemaId: id }) + '\n');
}

async function encode(registryUrl, id, file) {
  const registry = new SchemaRegistry({ host: registryUrl });
  const value = JSON.parse(fs.readFileSync(file, 'utf8'));
  const bytes = await registry.encode(Number(id), value);
  process.stdout.write(bytes.toString('hex') + '\n');
}

const [command, ...args] = process.argv.slice(2);
const commands = {
  consume: () => consume(args[0], args[1], args[2], Number(args[3])),
  produce: () => produce(args[0], args[1], args[2], args[3]),
  encode: () => encode(args[0], args[1], args[2]),
};
if (!commands[command]) {
  process.stderr.write('usage: node interop.js consume|produce|encode ...\n');
  process.exit(2);
}
commands[command]().then(() => process.exit(0), (error) => {
  process.stderr.write('interop ' + command + ' failed: ' + (error && error.stack ? error.stack : error) + '\n');
  process.exit(1);
});
