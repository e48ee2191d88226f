import { describe, expect, it } from 'vitest'

import { databaseChoice, sqliteFile } from './env'

describe('databaseChoice', () => {
  it('uses MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(databaseChoice('mongodb://localhost:27017/annals')).toEqual({ kind: 'mongodb', uri: 'mongodb://localhost:27017/annals' })
    expect(databaseChoice('mongodb+srv://cluster.example.net/annals').kind).toBe('mongodb')
  })
  it('uses the embedded SQLite file under the data directory by default', () => {
    const choice = databaseChoice(undefined)
    expect(choice.kind).toBe('sqlite')
    if (choice.kind === 'sqlite') expect(choice.url).toMatch(/^file:.*annals\.db$/)
  })
  it('passes any other URI to SQLite (libsql)', () => {
    expect(databaseChoice('file:/tmp/other.db')).toEqual({ kind: 'sqlite', url: 'file:/tmp/other.db' })
  })
})

describe('sqliteFile', () => {
  it('finds the file of every form of local libsql URL', () => {
    expect(sqliteFile('file:/var/annals/annals.db')).toBe('/var/annals/annals.db')
    expect(sqliteFile('file:///var/annals/annals.db')).toBe('/var/annals/annals.db')
    expect(sqliteFile('file:data/annals.db?mode=rwc')).toBe(`${process.cwd()}/data/annals.db`)
  })
  it('has no file for a libsql server', () => {
    expect(sqliteFile('libsql://annals.example.net')).toBeUndefined()
  })
})
