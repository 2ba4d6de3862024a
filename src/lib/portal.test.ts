import { describe, expect, test } from 'vitest'
import { RestError } from './portal'

describe('a failed REST call', () => {
  test('reads as a REST error with the portal’s description', () => {
    const error = new RestError('ACCESS_DENIED', 'Access denied!', 403)

    expect(String(error)).toBe('RestError: Access denied!')
  })

  test('without a description is told by its code', () => {
    expect(new RestError('ERROR_CORE', '', 400).message).toBe('ERROR_CORE')
  })

  test('with neither code nor description is told by its HTTP status', () => {
    expect(new RestError('', '', 502).message).toBe('HTTP 502')
  })
})
