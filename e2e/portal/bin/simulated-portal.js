#!/usr/bin/env node
// The portal is written in TypeScript: tsx runs it, as it runs the project's scripts.
import { register } from 'tsx/esm/api'

register()
await import('../cli.ts')
